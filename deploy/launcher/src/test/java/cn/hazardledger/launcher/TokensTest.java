package cn.hazardledger.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TokensTest {

    @TempDir
    Path keys;

    @Test
    void aMintedTokenVerifiesWithThePublicKeyAndCarriesRoleAndRegion() throws Exception {
        Path pub = Keys.ensure(keys);
        String jwt = Tokens.mint(Keys.loadPrivate(keys), "TOWNSHIP", "500240213000", "zhang-san");
        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);

        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(readPublic(pub));
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();

        JsonNode header = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(header.get("alg").asText()).isEqualTo("RS256");
        assertThat(claims.get("iss").asText()).isEqualTo(Tokens.ISSUER);
        assertThat(claims.get("aud").asText()).isEqualTo("hazard-ledger");
        assertThat(claims.get("sub").asText()).isEqualTo("zhang-san");
        assertThat(claims.get("groups").get(0).asText()).isEqualTo("TOWNSHIP");
        assertThat(claims.get("region_code").asText()).isEqualTo("500240213000");
        assertThat(claims.get("upn").asText()).isEqualTo("zhang-san");
        assertThat(claims.get("preferred_username").asText()).isEqualTo("zhang-san");
        assertThat(claims.get("groups")).hasSize(1);
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(12 * 3600);
        assertThat(claims.get("iat").asLong()).isCloseTo(System.currentTimeMillis() / 1000, within(60L));
        assertThat(claims.get("jti").asText()).matches("[0-9a-f-]{36}");
    }

    @Test
    void theKeyPairIsMadeOnceAndKept() throws Exception {
        Path pub = Keys.ensure(keys);
        String first = Files.readString(pub);
        Keys.ensure(keys);
        assertThat(Files.readString(pub)).isEqualTo(first);
    }

    @Test
    void unknownRolesAndMalformedRegionsAreRefused() throws Exception {
        Keys.ensure(keys);
        var key = Keys.loadPrivate(keys);
        assertThatThrownBy(() -> Tokens.mint(key, "ADMIN", "500240213000", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tokens.mint(key, "TOWNSHIP", "5002402130", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tokens.mint(key, "TOWNSHIP", "50024021300x", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tokens.mint(key, "township", "500240213000", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIdentityAddsOnlyTheClaimsItHas() throws Exception {
        Keys.ensure(keys);
        Identity unit = Identity.of("UNIT", "500240000000", "zjw-1").ofUnit("500240-ZJW", "忠县住房和城乡建设委员会").named("刘伟");

        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(
                Tokens.mint(Keys.loadPrivate(keys), unit).split("\\.")[1]));

        assertThat(claims.get("unit_code").asText()).isEqualTo("500240-ZJW");
        assertThat(claims.get("unit_name").asText()).isEqualTo("忠县住房和城乡建设委员会");
        assertThat(claims.get("name").asText()).isEqualTo("刘伟");
        assertThat(claims.has("credit_code")).isFalse();
        assertThat(new ObjectMapper().readTree(Base64.getUrlDecoder().decode(Tokens.mint(Keys.loadPrivate(keys),
                "TOWNSHIP", "500240213000", "x").split("\\.")[1])).fieldNames()).toIterable()
                .doesNotContain("name", "unit_code", "unit_name", "credit_code");
    }

    @Test
    void creditCodesAreCheckedByTheirCheckCharacter() {
        assertThat(CreditCodes.problemWith("91350100M000100Y43")).isNull();
        assertThat(CreditCodes.problemWith("914403001922038216")).isNull();
        assertThat(CreditCodes.problemWith("91350100M000100Y44")).contains("'3'");
        assertThat(CreditCodes.problemWith("91350100M000100YI3")).contains("character 17");
        assertThat(CreditCodes.problemWith(null)).contains("18 characters");
    }

    private static PublicKey readPublic(Path pem) throws Exception {
        String body = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
    }
}
