package io.tradewire.simulator.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.tradewire.core.decimal.Decimals;
import io.tradewire.core.signing.KeyType;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parses and validates an accounts TOML document:
 *
 * <pre>
 * [[account]]
 * api_key = "..."
 * key_type = "ED25519"            # HMAC | RSA | ED25519
 * public_key = """-----BEGIN PUBLIC KEY----- ... """   # RSA / ED25519
 * secret = "..."                  # HMAC only
 * balances = { USDT = "100000", BTC = "10" }
 * </pre>
 *
 * Errors are {@link IllegalArgumentException}s naming the account number and the field; they never
 * contain a secret (TOML syntax errors report only line and column, since the offending text could be one).
 * Simulator internal.
 */
public final class AccountsToml {
    private static final TomlMapper MAPPER = TomlMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private AccountsToml() {
    }

    /**
     * Parses an accounts document.
     *
     * @param toml   the document text
     * @param source the file name, used in error messages
     * @return the accounts in file order
     * @throws IllegalArgumentException on invalid TOML or invalid account data
     */
    public static List<AccountEntry> parse(String toml, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(toml);
        } catch (JacksonException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new IllegalArgumentException(source + ": not valid TOML" + where);
        }
        JsonNode accounts = root == null ? null : root.get("account");
        if (accounts == null || !accounts.isArray() || accounts.isEmpty()) {
            throw new IllegalArgumentException(source + ": no [[account]] tables found");
        }
        List<AccountEntry> out = new java.util.ArrayList<>();
        Set<String> keys = new HashSet<>();
        int number = 0;
        for (JsonNode a : accounts) {
            number++;
            String where = source + ": [[account]] #" + number;
            if (!a.isObject()) {
                throw new IllegalArgumentException(where + " is not a table");
            }
            String apiKey = text(a, "api_key", where);
            if (apiKey == null || apiKey.isBlank()) {
                throw new IllegalArgumentException(where + ": api_key is missing or empty");
            }
            if (!keys.add(apiKey)) {
                throw new IllegalArgumentException(where + ": api_key is the same as an earlier account's");
            }
            String typeText = text(a, "key_type", where);
            KeyType keyType;
            try {
                keyType = typeText == null ? null : KeyType.valueOf(typeText.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                keyType = null;
            }
            if (keyType == null) {
                throw new IllegalArgumentException(where + ": key_type must be HMAC, RSA or ED25519"
                        + (typeText == null ? " (missing)" : " (was '" + typeText + "')"));
            }
            String secret = text(a, "secret", where);
            String pem = text(a, "public_key", where);
            if (keyType == KeyType.HMAC) {
                if (secret == null || secret.isEmpty()) {
                    throw new IllegalArgumentException(where + ": secret is required for key_type HMAC");
                }
                if (pem != null) {
                    throw new IllegalArgumentException(where + ": public_key is not used with key_type HMAC");
                }
            } else {
                if (pem == null || pem.isBlank()) {
                    throw new IllegalArgumentException(where + ": public_key (PEM) is required for key_type " + keyType);
                }
                if (secret != null) {
                    throw new IllegalArgumentException(where + ": secret is only used with key_type HMAC");
                }
            }
            out.add(new AccountEntry(number, apiKey, keyType, secret, pem, balances(a, where)));
        }
        return out;
    }

    private static String text(JsonNode table, String field, String where) {
        JsonNode n = table.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new IllegalArgumentException(where + ": " + field + " must be a string");
        }
        return n.asText();
    }

    private static Map<String, BigDecimal> balances(JsonNode a, String where) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        JsonNode b = a.get("balances");
        if (b == null || b.isNull()) {
            return out;
        }
        if (!b.isObject()) {
            throw new IllegalArgumentException(where + ": balances must be a table such as { USDT = \"1000\" }");
        }
        Iterator<Map.Entry<String, JsonNode>> it = b.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String field = "balances." + e.getKey();
            BigDecimal amount;
            if (v.isTextual() || v.isIntegralNumber() || v.isBigDecimal()) {
                String t = v.isTextual() ? v.asText().trim() : v.isBigDecimal() ? v.decimalValue().toPlainString() : v.asText();
                try {
                    amount = Decimals.parse(t);
                } catch (IllegalArgumentException ex) {
                    throw new IllegalArgumentException(where + ": " + field + " is not a decimal: '" + t + "'");
                }
            } else {
                throw new IllegalArgumentException(where + ": " + field + " must be a decimal string such as \"100.5\"");
            }
            if (amount.signum() < 0) {
                throw new IllegalArgumentException(where + ": " + field + " must not be negative");
            }
            out.put(e.getKey(), amount);
        }
        return out;
    }
}
