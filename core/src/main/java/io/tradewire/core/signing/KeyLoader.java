package io.tradewire.core.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.KeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Loads RSA and Ed25519 keys from PEM using JDK classes only.
 *
 * <p>Supported armors: {@code PRIVATE KEY} (PKCS#8), {@code ENCRYPTED PRIVATE KEY} (PKCS#8 with PBES2,
 * as {@code openssl pkcs8 -topk8} or {@code openssl genpkey -aes256} write it), {@code RSA PRIVATE KEY}
 * (unencrypted PKCS#1, wrapped into PKCS#8 here) and {@code PUBLIC KEY} (X.509 SubjectPublicKeyInfo).
 * Failures throw {@link KeyLoadException}.
 */
public final class KeyLoader {
    private static final String[] ASYMMETRIC_ALGORITHMS = {"RSA", "Ed25519"};

    private KeyLoader() {
    }

    /**
     * Reads a private key from PEM text.
     *
     * @param pem      PEM text (surrounding text is ignored)
     * @param password password of an {@code ENCRYPTED PRIVATE KEY}; may be null for plain keys. Not retained.
     * @return an RSA or Ed25519 private key
     * @throws KeyLoadException if the text is not PEM, the password is missing or wrong, or the algorithm is unsupported
     */
    public static PrivateKey privateKeyFromPem(String pem, char[] password) {
        Pem block = Pem.parse(pem);
        byte[] pkcs8;
        switch (block.label) {
            case "PRIVATE KEY":
                pkcs8 = block.der;
                break;
            case "ENCRYPTED PRIVATE KEY":
                pkcs8 = decrypt(block.der, password);
                break;
            case "RSA PRIVATE KEY":
                if (block.encryptedHeaders) {
                    throw new KeyLoadException("unsupported: legacy encrypted PKCS#1 key; convert it with "
                            + "'openssl pkcs8 -topk8 -v2 aes-256-cbc'");
                }
                pkcs8 = wrapPkcs1Rsa(block.der);
                break;
            case "PUBLIC KEY":
                throw new KeyLoadException("expected a private key but found a PUBLIC KEY");
            default:
                throw new KeyLoadException("unsupported PEM type '" + block.label
                        + "': expected PRIVATE KEY or ENCRYPTED PRIVATE KEY");
        }
        try {
            return (PrivateKey) generate(new PKCS8EncodedKeySpec(pkcs8), true);
        } finally {
            if (pkcs8 != block.der) {
                Arrays.fill(pkcs8, (byte) 0);
            }
        }
    }

    /**
     * Reads a private key from a PEM file.
     *
     * @param file     PEM file
     * @param password password for an encrypted key, or null
     * @return an RSA or Ed25519 private key
     * @throws KeyLoadException if the file cannot be read or holds no usable key
     */
    public static PrivateKey privateKeyFromFile(Path file, char[] password) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new KeyLoadException("cannot read key file " + file + ": " + e.getClass().getSimpleName(), e);
        }
        return privateKeyFromPem(text, password);
    }

    /**
     * Reads an X.509 {@code PUBLIC KEY}.
     *
     * @param pem PEM text
     * @return an RSA or Ed25519 public key
     * @throws KeyLoadException if the text is not a supported public key
     */
    public static PublicKey publicKeyFromPem(String pem) {
        Pem block = Pem.parse(pem);
        if (!"PUBLIC KEY".equals(block.label)) {
            throw new KeyLoadException("unsupported PEM type '" + block.label + "': expected PUBLIC KEY");
        }
        return (PublicKey) generate(new X509EncodedKeySpec(block.der), false);
    }

    /**
     * The public half of an RSA (CRT) or Ed25519 private key; lets a test venue verify with a key it was given
     * only the private half of.
     *
     * @param key RSA CRT or Ed25519 private key
     * @return the matching public key
     * @throws KeyLoadException if the key does not carry what is needed
     */
    public static PublicKey publicKeyOf(PrivateKey key) {
        try {
            if (key instanceof RSAPrivateCrtKey) {
                RSAPrivateCrtKey rsa = (RSAPrivateCrtKey) key;
                return KeyFactory.getInstance("RSA")
                        .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
            }
            if (key instanceof EdECPrivateKey && keyTypeOf(key) == KeyType.ED25519) {
                byte[] seed = ((EdECPrivateKey) key).getBytes()
                        .orElseThrow(() -> new KeyLoadException("Ed25519 key does not expose its seed"));
                // The JDK has no public "derive public key"; its generator derives the pair from 32 random
                // bytes, so feeding it the seed reproduces this key's pair.
                KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
                generator.initialize(255, new SeedRandom(seed));
                return generator.generateKeyPair().getPublic();
            }
        } catch (GeneralSecurityException e) {
            throw new KeyLoadException("cannot derive the public key: " + e.getClass().getSimpleName(), e);
        }
        throw new KeyLoadException("cannot derive a public key from algorithm " + key.getAlgorithm());
    }

    /**
     * Classifies a key.
     *
     * @param key an HMAC secret key, or an RSA or Ed25519 key
     * @return its type
     * @throws KeyLoadException for other algorithms
     */
    public static KeyType keyTypeOf(Key key) {
        if (key == null) {
            throw new KeyLoadException("key must not be null");
        }
        String algorithm = key.getAlgorithm();
        if (key instanceof SecretKey && algorithm != null && algorithm.toUpperCase().startsWith("HMAC")) {
            return KeyType.HMAC;
        }
        if (key instanceof RSAKey || "RSA".equals(algorithm)) {
            return KeyType.RSA;
        }
        if (key instanceof EdECKey) {
            if ("Ed25519".equalsIgnoreCase(((EdECKey) key).getParams().getName())) {
                return KeyType.ED25519;
            }
        } else if ("Ed25519".equalsIgnoreCase(algorithm)) {
            return KeyType.ED25519;
        }
        throw new KeyLoadException("unsupported key algorithm " + algorithm + ": expected HMAC, RSA or Ed25519");
    }

    /**
     * PEM text of a key: {@code PRIVATE KEY} (PKCS#8) or {@code PUBLIC KEY} (X.509), 64-character lines,
     * {@code \n} line ends.
     *
     * @param key private or public key
     * @return PEM text ending with a newline
     */
    public static String toPem(Key key) {
        String label;
        if (key instanceof PrivateKey) {
            label = "PRIVATE KEY";
        } else if (key instanceof PublicKey) {
            label = "PUBLIC KEY";
        } else {
            throw new KeyLoadException("only private and public keys can be written as PEM");
        }
        byte[] der = key.getEncoded();
        if (der == null) {
            throw new KeyLoadException("key has no encoded form");
        }
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    /**
     * A fresh Ed25519 key pair.
     *
     * @return a new key pair
     */
    public static KeyPair generateEd25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Ed25519 unavailable", e);
        }
    }

    private static Key generate(KeySpec spec, boolean isPrivate) {
        for (String algorithm : ASYMMETRIC_ALGORITHMS) {
            try {
                KeyFactory factory = KeyFactory.getInstance(algorithm);
                return isPrivate ? factory.generatePrivate(spec) : factory.generatePublic(spec);
            } catch (InvalidKeySpecException | RuntimeException e) {
                // not this algorithm (or malformed); try the next one
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(algorithm + " unavailable", e);
            }
        }
        throw new KeyLoadException("unsupported or malformed " + (isPrivate ? "private" : "public")
                + " key: only RSA and Ed25519 are supported");
    }

    private static byte[] decrypt(byte[] der, char[] password) {
        if (password == null) {
            throw new KeyLoadException("the private key is encrypted: a password is required");
        }
        EncryptedPrivateKeyInfo info;
        try {
            info = new EncryptedPrivateKeyInfo(der);
        } catch (IOException e) {
            throw new KeyLoadException("malformed ENCRYPTED PRIVATE KEY structure", e);
        }
        String scheme;
        try {
            // for PBES2 this names the full scheme, e.g. PBEWithHmacSHA256AndAES_256
            scheme = info.getAlgParameters() != null ? info.getAlgParameters().toString() : info.getAlgName();
        } catch (RuntimeException e) {
            throw new KeyLoadException("unsupported private key encryption", e);
        }
        PBEKeySpec keySpec = new PBEKeySpec(password);
        try {
            SecretKeyFactory factory = SecretKeyFactory.getInstance(scheme);
            SecretKey pbeKey = factory.generateSecret(keySpec);
            Cipher cipher = Cipher.getInstance(scheme);
            cipher.init(Cipher.DECRYPT_MODE, pbeKey, info.getAlgParameters());
            return info.getKeySpec(cipher).getEncoded();
        } catch (NoSuchAlgorithmException e) {
            throw new KeyLoadException("unsupported private key encryption " + scheme
                    + ": re-encrypt with 'openssl pkcs8 -topk8 -v2 aes-256-cbc'", e);
        } catch (GeneralSecurityException | RuntimeException e) {
            // AES-CBC with a wrong key shows up as bad padding or as garbage that is not PKCS#8
            throw new KeyLoadException("cannot decrypt the private key: wrong password or corrupt key", e);
        } finally {
            keySpec.clearPassword();
        }
    }

    /** Wraps a PKCS#1 RSAPrivateKey into PKCS#8 PrivateKeyInfo (version 0, rsaEncryption, NULL params). */
    private static byte[] wrapPkcs1Rsa(byte[] pkcs1) {
        byte[] version = {0x02, 0x01, 0x00};
        byte[] algorithm = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d,
            0x01, 0x01, 0x01, 0x05, 0x00};
        byte[] octets = der(0x04, pkcs1);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(version);
        body.writeBytes(algorithm);
        body.writeBytes(octets);
        return der(0x30, body.toByteArray());
    }

    private static byte[] der(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int len = content.length;
        if (len < 0x80) {
            out.write(len);
        } else {
            byte[] lenBytes = BigInteger.valueOf(len).toByteArray();
            int skip = lenBytes[0] == 0 ? 1 : 0;
            out.write(0x80 | (lenBytes.length - skip));
            out.write(lenBytes, skip, lenBytes.length - skip);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    /** Returns a fixed seed; only used to re-derive a known Ed25519 key pair. */
    private static final class SeedRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] seed;

        SeedRandom(byte[] seed) {
            this.seed = seed;
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (bytes.length != seed.length) {
                throw new IllegalStateException("unexpected request for " + bytes.length + " random bytes");
            }
            System.arraycopy(seed, 0, bytes, 0, bytes.length);
        }
    }

    /** One PEM block. */
    private static final class Pem {
        final String label;
        final byte[] der;
        final boolean encryptedHeaders;

        private Pem(String label, byte[] der, boolean encryptedHeaders) {
            this.label = label;
            this.der = der;
            this.encryptedHeaders = encryptedHeaders;
        }

        static Pem parse(String text) {
            if (text == null) {
                throw new KeyLoadException("not PEM: input is null");
            }
            int begin = text.indexOf("-----BEGIN ");
            if (begin < 0) {
                throw new KeyLoadException("not PEM: no '-----BEGIN ...-----' line found");
            }
            int labelStart = begin + "-----BEGIN ".length();
            int labelEnd = text.indexOf("-----", labelStart);
            if (labelEnd < 0) {
                throw new KeyLoadException("not PEM: malformed BEGIN line");
            }
            String label = text.substring(labelStart, labelEnd).trim();
            String endMarker = "-----END " + label + "-----";
            int end = text.indexOf(endMarker, labelEnd);
            if (end < 0) {
                throw new KeyLoadException("not PEM: no '" + endMarker + "' line found");
            }
            String body = text.substring(labelEnd + 5, end);
            boolean encryptedHeaders = body.contains("Proc-Type:") || body.contains("DEK-Info:");
            StringBuilder base64 = new StringBuilder(body.length());
            for (String line : body.split("\\R")) {
                if (!line.contains(":")) {
                    base64.append(line.strip());
                }
            }
            if (base64.length() == 0) {
                throw new KeyLoadException("not PEM: empty " + label + " block");
            }
            try {
                return new Pem(label, Base64.getDecoder().decode(base64.toString()), encryptedHeaders);
            } catch (IllegalArgumentException e) {
                throw new KeyLoadException("not PEM: the " + label + " block is not valid Base64");
            }
        }
    }
}
