package cn.hazardledger.hazardservice.evidence;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {

    @Test
    void aNameKeepsItsLastSegmentWithoutControlCharacters() {
        assertThat(FileNames.clean("C:\\Users\\检查员\\灶具照片.jpg")).isEqualTo("灶具照片.jpg");
        assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.clean("a\u0000b\r\n.jpg")).isEqualTo("ab.jpg");
        assertThat(FileNames.clean("x".repeat(300))).hasSize(255);
        assertThat(FileNames.clean("  ")).isNull();
        assertThat(FileNames.clean("dir/..")).isNull();
        assertThat(FileNames.clean(null)).isNull();
    }

    @Test
    void contentDispositionCarriesTheNameAsUtf8() {
        UUID id = UUID.fromString("0f8e4c1e-6a55-4b8e-9b4e-2f1d8c7a9b10");
        assertThat(FileNames.contentDisposition("灶具 1.jpg", id, "image/jpeg"))
                .isEqualTo("inline; filename*=UTF-8''%E7%81%B6%E5%85%B7%201.jpg");
        assertThat(FileNames.contentDisposition("a\"b;c.pdf", id, "application/pdf"))
                .isEqualTo("inline; filename*=UTF-8''a%22b%3Bc.pdf");
        assertThat(FileNames.contentDisposition(null, id, "application/pdf"))
                .isEqualTo("inline; filename*=UTF-8''evidence-0f8e4c1e-6a55-4b8e-9b4e-2f1d8c7a9b10.pdf");
    }
}
