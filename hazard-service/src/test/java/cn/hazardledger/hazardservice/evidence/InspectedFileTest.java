package cn.hazardledger.hazardservice.evidence;

import cn.hazardledger.chassis.web.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What a file is, from its bytes: type, completeness, hash and a photo's EXIF, without a server. */
class InspectedFileTest {

    @TempDir
    Path dir;

    @Test
    void aJpegWithExifKeepsItsCaptureTimeAsChinaTimeAndItsPosition() throws IOException {
        byte[] jpeg = EvidenceFiles.jpegWithExif("2026:11:24 09:41:07", null, 30.012345, 108.123456);
        InspectedFile file = inspect(jpeg);
        assertThat(file.kind()).isEqualTo(EvidenceKind.PHOTO);
        assertThat(file.mediaType()).isEqualTo("image/jpeg");
        assertThat(file.sha256()).isEqualTo(EvidenceFiles.sha256(jpeg));
        assertThat(file.photo().capturedAt()).isEqualTo(Instant.parse("2026-11-24T01:41:07Z"));
        assertThat(file.photo().latitude()).isEqualByComparingTo(new BigDecimal("30.012345"));
        assertThat(file.photo().longitude()).isEqualByComparingTo(new BigDecimal("108.123456"));
    }

    @Test
    void anOffsetTheExifNamesIsHonoured() throws IOException {
        InspectedFile file = inspect(EvidenceFiles.jpegWithExif("2026:11:24 09:41:07", "+00:00", -33.5, -70.25));
        assertThat(file.photo().capturedAt()).isEqualTo(Instant.parse("2026-11-24T09:41:07Z"));
        assertThat(file.photo().latitude()).isEqualByComparingTo("-33.5");
        assertThat(file.photo().longitude()).isEqualByComparingTo("-70.25");
    }

    @Test
    void aPhotoWithoutExifIsKeptWithoutTimeOrPosition() throws IOException {
        InspectedFile png = inspect(EvidenceFiles.png());
        assertThat(png.kind()).isEqualTo(EvidenceKind.PHOTO);
        assertThat(png.mediaType()).isEqualTo("image/png");
        assertThat(png.photo()).isEqualTo(PhotoMetadata.NONE);
        InspectedFile pdf = inspect(EvidenceFiles.pdf());
        assertThat(pdf.kind()).isEqualTo(EvidenceKind.DOCUMENT);
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void theTypeIsTheBytesNotTheName() throws IOException {
        Path named = dir.resolve("photo.jpg");
        Files.writeString(named, "这不是照片 / not a photo", StandardCharsets.UTF_8);
        ProblemException refused = catchThrowableOfType(ProblemException.class,
                () -> InspectedFile.of(named, Files.size(named)));
        assertThat(refused.problem().status()).isEqualTo(415);
        assertThat(refused.problem().detail()).contains("text/plain");
    }

    @Test
    void aFileCutShortIsRefusedNamingTheFilePart() {
        byte[] jpeg = EvidenceFiles.jpeg();
        byte[] png = EvidenceFiles.png();
        byte[] pdf = EvidenceFiles.pdf();
        for (byte[] cut : new byte[][] {EvidenceFiles.cutShort(jpeg, 1), EvidenceFiles.cutShort(jpeg, jpeg.length / 2),
                EvidenceFiles.cutShort(png, 1), EvidenceFiles.cutShort(pdf, 7)}) {
            ProblemException refused = catchThrowableOfType(ProblemException.class, () -> inspect(cut));
            assertThat(refused.problem().status()).isEqualTo(400);
            assertThat(refused.problem().errors()).extracting(e -> e.field()).containsExactly("file");
            assertThat(refused.problem().errors().get(0).reason()).contains("cut short");
        }
    }

    @Test
    void anEmptyFileAndOneOverTenMebibytesAreRefused() throws IOException {
        ProblemException empty = catchThrowableOfType(ProblemException.class, () -> inspect(new byte[0]));
        assertThat(empty.problem().status()).isEqualTo(400);
        Path big = dir.resolve("big");
        Files.write(big, new byte[10 * 1024 * 1024 + 1]);
        ProblemException tooLarge = catchThrowableOfType(ProblemException.class, () -> InspectedFile.of(big, Files.size(big)));
        assertThat(tooLarge.problem().status()).isEqualTo(413);
    }

    private InspectedFile inspect(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(dir, "upload", null);
        Files.write(file, bytes);
        return InspectedFile.of(file, bytes.length);
    }
}
