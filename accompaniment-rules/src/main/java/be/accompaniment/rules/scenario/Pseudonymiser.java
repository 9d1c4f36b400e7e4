package be.accompaniment.rules.scenario;

import be.accompaniment.InvalidInputException;
import be.accompaniment.household.HouseholdId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonyms for research exports: the keyed hash HMAC-SHA-256 of a household's id under a key the researcher keeps,
 * written as 64 lower-case hexadecimal digits. Without the key, a pseudonym cannot be traced back to the id, nor
 * linked with an export made under another key.
 *
 * <p>Immutable and thread-safe; {@link #toString()} never shows the key.
 */
public final class Pseudonymiser {
    /** The shortest key accepted, in bytes. */
    public static final int MIN_KEY_BYTES = 16;

    private final byte[] key;

    private Pseudonymiser(byte[] key) {
        this.key = key;
    }

    /**
     * A pseudonymiser with a key.
     *
     * @param key the secret key, at least {@value #MIN_KEY_BYTES} bytes; copied
     * @return the pseudonymiser
     * @throws InvalidInputException if the key is too short
     */
    public static Pseudonymiser withKey(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < MIN_KEY_BYTES) {
            throw new InvalidInputException(
                    "pseudonymiser key", "must be at least " + MIN_KEY_BYTES + " bytes, was " + key.length);
        }
        return new Pseudonymiser(key.clone());
    }

    /**
     * The pseudonym of a household.
     *
     * @param household the household's id, not null
     * @return 64 hexadecimal digits
     */
    public String pseudonym(HouseholdId household) {
        Objects.requireNonNull(household, "household");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(household.value().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            // every Java platform must provide HmacSHA256 (java.security.Security, standard algorithms)
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** The algorithm only; never the key. */
    @Override
    public String toString() {
        return "Pseudonymiser[HMAC-SHA-256]";
    }
}
