package cn.hazardledger.hazardservice.enterprise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CreditCodeTest {

    /**
     * Codes that are published (business licences, the standard's own example), not made up here. Each also passes
     * the GB 11714 check of its organisation code (positions 9–17), a second checksum this class does not compute,
     * which makes a mistyped copy very unlikely.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y43",   // the example used in GB 32100 explanations and most validators
            "914403001922038216",   // 华为技术有限公司
            "91110000802100433B",   // 北京百度网讯科技有限公司
            "91110108551385082Q",   // 小米科技有限责任公司
            "9144030071526726XG",   // 腾讯科技（深圳）有限公司
            "91440300708461136T"})  // 深圳市腾讯计算机系统有限公司
    void realCodesAreValid(String code) {
        assertThat(CreditCode.problemWith(code)).isNull();
        assertThat(CreditCode.isValid(code)).isTrue();
    }

    @Test
    void theCheckCharacterIsTheOneComputedByHand() {
        // 9 1 3 5 0 1 0 0 M(21) 0 0 0 1 0 0 Y(30) 4, weighted 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28:
        // 9 + 3 + 27 + 135 + 26 + 420 + 8 + 900 + 112 = 1640; 1640 mod 31 = 28; 31 - 28 = 3
        assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        // a sum divisible by 31 gives 31, written 0
        assertThat(CreditCode.checkCharacter("00000000000000000")).isEqualTo('0');
        assertThat(CreditCode.isValid("000000000000000000")).isTrue();
    }

    @Test
    void aChangedCharacterIsCaughtByTheCheckCharacterAndTheReasonNamesTheRightOne() {
        assertThat(CreditCode.problemWith("91350100M000100Y44"))
                .isEqualTo("wrong check character: the last character should be '3', not '4'");
        // one character of the body changed: the old check character no longer fits
        assertThat(CreditCode.problemWith("91350100M000200Y43")).startsWith("wrong check character");
        assertThat(CreditCode.problemWith("914403001922038217")).contains("should be '6'");
        // two neighbours swapped
        assertThat(CreditCode.problemWith("91110000082100433B")).startsWith("wrong check character");
    }

    @Test
    void itIsEighteenCharacters() {
        assertThat(CreditCode.problemWith("91350100M000100Y4")).isEqualTo("must be 18 characters long, not 17");
        assertThat(CreditCode.problemWith("91350100M000100Y433")).isEqualTo("must be 18 characters long, not 19");
        assertThat(CreditCode.problemWith("")).contains("18-character");
        assertThat(CreditCode.problemWith(null)).contains("18-character");
        // the 15-digit registration number (注册号) that codes replaced is not one
        assertThat(CreditCode.problemWith("110108000673293")).contains("18 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I", "O", "S", "V", "Z"})
    void lettersThatReadAsDigitsAreNotInTheAlphabet(String letter) {
        String code = "91350100" + letter + "000100Y43";
        assertThat(CreditCode.problemWith(code))
                .isEqualTo("character '" + letter + "' at position 9 is not in the code's alphabet "
                        + "(0-9 and A-Y without I, O, S, V, Z)");
    }

    @Test
    void otherCharactersAreNamedByCodePointNotEchoed() {
        assertThat(CreditCode.problemWith("91350100M000100Y4$")).contains("U+0024 at position 18");
        assertThat(CreditCode.problemWith("91350100M000100Y4{")).contains("U+007B");
        assertThat(CreditCode.problemWith("91350100M000100Y4\u0000")).contains("U+0000");
        // full-width digits look right and are not
        assertThat(CreditCode.problemWith("９1350100M000100Y43")).contains("U+FF19 at position 1");
        // a character outside the BMP is one character, not two
        assertThat(CreditCode.problemWith("91350100M000100Y4\uD83D\uDE00")).contains("U+1F600 at position 18");
    }

    @Test
    void lowerCaseIsRefusedNotCorrected() {
        // read as written: the register keeps codes in upper case, and a silent fix would hide a typing slip
        assertThat(CreditCode.problemWith("91350100m000100y43")).isEqualTo("must be written in upper case");
        assertThat(CreditCode.problemWith("9144030071526726xg")).isEqualTo("must be written in upper case");
    }

    @ParameterizedTest
    @ValueSource(strings = {" 91350100M000100Y43", "91350100M000100Y43 ", "91350100 M000100Y43", "91350100M000100Y43\n",
            "\t91350100M000100Y43", "91350100M000100Y43\u3000"})
    void whitespaceIsRefusedNotTrimmed(String code) {
        assertThat(CreditCode.problemWith(code)).isEqualTo("must not contain spaces or other whitespace");
    }
}
