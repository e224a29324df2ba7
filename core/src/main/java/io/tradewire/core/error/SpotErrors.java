package io.tradewire.core.error;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradewire.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Binance Spot error codes with their exact messages, loaded from a copy of the documentation's error catalog
 * ({@code spot-errors-catalog.doc.json}, parsed from {@code errors.md}).
 *
 * <p>Messages keep Binance's placeholders ({@code %s}, {@code %d}, and the odd {@code {param}});
 * {@link #format(int, Object...)} fills them.
 */
public final class SpotErrors {
    /** -1000 UNKNOWN: "An unknown error occurred while processing the request." */
    public static final int UNKNOWN = -1000;

    /** -1001 DISCONNECTED: "Internal error; unable to process your request. Please try again." */
    public static final int DISCONNECTED = -1001;

    /** -1002 UNAUTHORIZED: "You are not authorized to execute this request." */
    public static final int UNAUTHORIZED = -1002;

    /** -1003 TOO_MANY_REQUESTS: "Too many requests queued." */
    public static final int TOO_MANY_REQUESTS = -1003;

    /** -1006 UNEXPECTED_RESP: "An unexpected response was received from the message bus. Execution status unknown." */
    public static final int UNEXPECTED_RESP = -1006;

    /** -1007 TIMEOUT: "Timeout waiting for response from backend server. Send status unknown; execution status unknown." */
    public static final int TIMEOUT = -1007;

    /** -1008 SERVER_BUSY: "Server is currently overloaded with other requests. Please try again in a few minutes." */
    public static final int SERVER_BUSY = -1008;

    /** -1013 INVALID_MESSAGE: "The request is rejected by the API. (i.e. The request didn't reach the Matching Engine.)" */
    public static final int INVALID_MESSAGE = -1013;

    /** -1014 UNKNOWN_ORDER_COMPOSITION: "Unsupported order combination." */
    public static final int UNKNOWN_ORDER_COMPOSITION = -1014;

    /** -1015 TOO_MANY_ORDERS: "Too many new orders." */
    public static final int TOO_MANY_ORDERS = -1015;

    /** -1016 SERVICE_SHUTTING_DOWN: "This service is no longer available." */
    public static final int SERVICE_SHUTTING_DOWN = -1016;

    /** -1020 UNSUPPORTED_OPERATION: "This operation is not supported." */
    public static final int UNSUPPORTED_OPERATION = -1020;

    /** -1021 INVALID_TIMESTAMP: "Timestamp for this request is outside of the recvWindow." */
    public static final int INVALID_TIMESTAMP = -1021;

    /** -1022 INVALID_SIGNATURE: "Signature for this request is not valid." */
    public static final int INVALID_SIGNATURE = -1022;

    /** -1033 COMP_ID_IN_USE: "`SenderCompId(49)` is currently in use. Concurrent use of the same SenderCompId within one account is not allowed." */
    public static final int COMP_ID_IN_USE = -1033;

    /** -1034 TOO_MANY_CONNECTIONS: "Too many concurrent connections; current limit is '%s'." */
    public static final int TOO_MANY_CONNECTIONS = -1034;

    /** -1035 LOGGED_OUT: "Please send [Logout`&lt;5&gt;`](fix-api.md#logout) message to close the session." */
    public static final int LOGGED_OUT = -1035;

    /** -1100 ILLEGAL_CHARS: "Illegal characters found in a parameter." */
    public static final int ILLEGAL_CHARS = -1100;

    /** -1101 TOO_MANY_PARAMETERS: "Too many parameters sent for this endpoint." */
    public static final int TOO_MANY_PARAMETERS = -1101;

    /** -1102 MANDATORY_PARAM_EMPTY_OR_MALFORMED: "A mandatory parameter was not sent, was empty/null, or malformed." */
    public static final int MANDATORY_PARAM_EMPTY_OR_MALFORMED = -1102;

    /** -1103 UNKNOWN_PARAM: "An unknown parameter was sent." */
    public static final int UNKNOWN_PARAM = -1103;

    /** -1104 UNREAD_PARAMETERS: "Not all sent parameters were read." */
    public static final int UNREAD_PARAMETERS = -1104;

    /** -1105 PARAM_EMPTY: "A parameter was empty." */
    public static final int PARAM_EMPTY = -1105;

    /** -1106 PARAM_NOT_REQUIRED: "A parameter was sent when not required." */
    public static final int PARAM_NOT_REQUIRED = -1106;

    /** -1108 PARAM_OVERFLOW: "Parameter '%s' overflowed." */
    public static final int PARAM_OVERFLOW = -1108;

    /** -1111 BAD_PRECISION: "Parameter '%s' has too much precision." */
    public static final int BAD_PRECISION = -1111;

    /** -1112 NO_DEPTH: "No orders on book for symbol." */
    public static final int NO_DEPTH = -1112;

    /** -1114 TIF_NOT_REQUIRED: "TimeInForce parameter sent when not required." */
    public static final int TIF_NOT_REQUIRED = -1114;

    /** -1115 INVALID_TIF: "Invalid timeInForce." */
    public static final int INVALID_TIF = -1115;

    /** -1116 INVALID_ORDER_TYPE: "Invalid orderType." */
    public static final int INVALID_ORDER_TYPE = -1116;

    /** -1117 INVALID_SIDE: "Invalid side." */
    public static final int INVALID_SIDE = -1117;

    /** -1118 EMPTY_NEW_CL_ORD_ID: "New client order ID was empty." */
    public static final int EMPTY_NEW_CL_ORD_ID = -1118;

    /** -1119 EMPTY_ORG_CL_ORD_ID: "Original client order ID was empty." */
    public static final int EMPTY_ORG_CL_ORD_ID = -1119;

    /** -1120 BAD_INTERVAL: "Invalid interval." */
    public static final int BAD_INTERVAL = -1120;

    /** -1121 BAD_SYMBOL: "Invalid symbol." */
    public static final int BAD_SYMBOL = -1121;

    /** -1122 INVALID_SYMBOLSTATUS: "Invalid symbolStatus." */
    public static final int INVALID_SYMBOLSTATUS = -1122;

    /** -1125 INVALID_LISTEN_KEY: "This listenKey does not exist." */
    public static final int INVALID_LISTEN_KEY = -1125;

    /** -1127 MORE_THAN_XX_HOURS: "Lookup interval is too big." */
    public static final int MORE_THAN_XX_HOURS = -1127;

    /** -1128 OPTIONAL_PARAMS_BAD_COMBO: "Combination of optional parameters invalid." */
    public static final int OPTIONAL_PARAMS_BAD_COMBO = -1128;

    /** -1130 INVALID_PARAMETER: "Invalid data sent for a parameter." */
    public static final int INVALID_PARAMETER = -1130;

    /** -1134 BAD_STRATEGY_TYPE: "`strategyType` was less than 1000000." */
    public static final int BAD_STRATEGY_TYPE = -1134;

    /** -1135 INVALID_JSON: "Invalid JSON Request" */
    public static final int INVALID_JSON = -1135;

    /** -1139 INVALID_TICKER_TYPE: "Invalid ticker type." */
    public static final int INVALID_TICKER_TYPE = -1139;

    /** -1145 INVALID_CANCEL_RESTRICTIONS: "`cancelRestrictions` has to be either `ONLY_NEW` or `ONLY_PARTIALLY_FILLED`." */
    public static final int INVALID_CANCEL_RESTRICTIONS = -1145;

    /** -1151 DUPLICATE_SYMBOLS: "Symbol is present multiple times in the list." */
    public static final int DUPLICATE_SYMBOLS = -1151;

    /** -1152 INVALID_SBE_HEADER: "Invalid `X-MBX-SBE` header; expected `&lt;SCHEMA_ID&gt;:&lt;VERSION&gt;`." */
    public static final int INVALID_SBE_HEADER = -1152;

    /** -1153 UNSUPPORTED_SCHEMA_ID: "Unsupported SBE schema ID or version specified in the `X-MBX-SBE` header." */
    public static final int UNSUPPORTED_SCHEMA_ID = -1153;

    /** -1155 SBE_DISABLED: "SBE is not enabled." */
    public static final int SBE_DISABLED = -1155;

    /** -1158 OCO_ORDER_TYPE_REJECTED: "Order type not supported in OCO." */
    public static final int OCO_ORDER_TYPE_REJECTED = -1158;

    /** -1160 OCO_ICEBERGQTY_TIMEINFORCE: "Parameter '%s' is not supported if `aboveTimeInForce`/`belowTimeInForce` is not GTC." */
    public static final int OCO_ICEBERGQTY_TIMEINFORCE = -1160;

    /** -1161 DEPRECATED_SCHEMA: "Unable to encode the response in SBE schema 'x'. Please use schema 'y' or higher." */
    public static final int DEPRECATED_SCHEMA = -1161;

    /** -1165 BUY_OCO_LIMIT_MUST_BE_BELOW: "A limit order in a buy OCO must be below." */
    public static final int BUY_OCO_LIMIT_MUST_BE_BELOW = -1165;

    /** -1166 SELL_OCO_LIMIT_MUST_BE_ABOVE: "A limit order in a sell OCO must be above." */
    public static final int SELL_OCO_LIMIT_MUST_BE_ABOVE = -1166;

    /** -1168 BOTH_OCO_ORDERS_CANNOT_BE_LIMIT: "At least one OCO order must be contingent." */
    public static final int BOTH_OCO_ORDERS_CANNOT_BE_LIMIT = -1168;

    /** -1169 INVALID_TAG_NUMBER: "Invalid tag number." */
    public static final int INVALID_TAG_NUMBER = -1169;

    /** -1170 TAG_NOT_DEFINED_IN_MESSAGE: "Tag '%s' not defined for this message type." */
    public static final int TAG_NOT_DEFINED_IN_MESSAGE = -1170;

    /** -1171 TAG_APPEARS_MORE_THAN_ONCE: "Tag '%s' appears more than once." */
    public static final int TAG_APPEARS_MORE_THAN_ONCE = -1171;

    /** -1172 TAG_OUT_OF_ORDER: "Tag '%s' specified out of required order." */
    public static final int TAG_OUT_OF_ORDER = -1172;

    /** -1173 GROUP_FIELDS_OUT_OF_ORDER: "Repeating group '%s' fields out of order." */
    public static final int GROUP_FIELDS_OUT_OF_ORDER = -1173;

    /** -1174 INVALID_COMPONENT: "Component '%s' is incorrectly populated on '%s' order. Recommendation: '%s'" */
    public static final int INVALID_COMPONENT = -1174;

    /** -1175 RESET_SEQ_NUM_SUPPORT: "Continuation of sequence numbers to new session is currently unsupported. Sequence numbers must be reset for each new session." */
    public static final int RESET_SEQ_NUM_SUPPORT = -1175;

    /** -1176 ALREADY_LOGGED_IN: "[Logon`&lt;A&gt;`](fix-api.md#logon-main) should only be sent once." */
    public static final int ALREADY_LOGGED_IN = -1176;

    /** -1177 GARBLED_MESSAGE: "`CheckSum(10)` contains an incorrect value." */
    public static final int GARBLED_MESSAGE = -1177;

    /** -1178 BAD_SENDER_COMPID: "`SenderCompId(49)` contains an incorrect value. The SenderCompID value should not change throughout the lifetime of a session." */
    public static final int BAD_SENDER_COMPID = -1178;

    /** -1179 BAD_SEQ_NUM: "`MsgSeqNum(34)` contains an unexpected value. Expected: '%d'." */
    public static final int BAD_SEQ_NUM = -1179;

    /** -1180 EXPECTED_LOGON: "[Logon`&lt;A&gt;`](fix-api.md#logon-main) must be the first message in the session." */
    public static final int EXPECTED_LOGON = -1180;

    /** -1181 TOO_MANY_MESSAGES: "Too many messages; current limit is '%d' messages per '%s'." */
    public static final int TOO_MANY_MESSAGES = -1181;

    /** -1182 PARAMS_BAD_COMBO: "Conflicting fields: [%s]" */
    public static final int PARAMS_BAD_COMBO = -1182;

    /** -1183 NOT_ALLOWED_IN_DROP_COPY_SESSIONS: "Requested operation is not allowed in DropCopy sessions." */
    public static final int NOT_ALLOWED_IN_DROP_COPY_SESSIONS = -1183;

    /** -1184 DROP_COPY_SESSION_NOT_ALLOWED: "DropCopy sessions are not supported on this server. Please reconnect to a drop copy server." */
    public static final int DROP_COPY_SESSION_NOT_ALLOWED = -1184;

    /** -1185 DROP_COPY_SESSION_REQUIRED: "Only DropCopy sessions are supported on this server. Either reconnect to order entry server or send `DropCopyFlag (9406)` field." */
    public static final int DROP_COPY_SESSION_REQUIRED = -1185;

    /** -1186 NOT_ALLOWED_IN_ORDER_ENTRY_SESSIONS: "Requested operation is not allowed in order entry sessions." */
    public static final int NOT_ALLOWED_IN_ORDER_ENTRY_SESSIONS = -1186;

    /** -1187 NOT_ALLOWED_IN_MARKET_DATA_SESSIONS: "Requested operation is not allowed in market data sessions." */
    public static final int NOT_ALLOWED_IN_MARKET_DATA_SESSIONS = -1187;

    /** -1188 INCORRECT_NUM_IN_GROUP_COUNT: "Incorrect NumInGroup count for repeating group '%s'." */
    public static final int INCORRECT_NUM_IN_GROUP_COUNT = -1188;

    /** -1189 DUPLICATE_ENTRIES_IN_A_GROUP: "Group '%s' contains duplicate entries." */
    public static final int DUPLICATE_ENTRIES_IN_A_GROUP = -1189;

    /** -1190 INVALID_REQUEST_ID: "`MDReqID (262)` contains a subscription request id that is already in use on this connection." */
    public static final int INVALID_REQUEST_ID = -1190;

    /** -1191 TOO_MANY_SUBSCRIPTIONS: "Too many subscriptions. Connection may create up to '%s' subscriptions at a time." */
    public static final int TOO_MANY_SUBSCRIPTIONS = -1191;

    /** -1194 INVALID_TIME_UNIT: "Invalid value for time unit; expected either MICROSECOND or MILLISECOND." */
    public static final int INVALID_TIME_UNIT = -1194;

    /** -1196 BUY_OCO_STOP_LOSS_MUST_BE_ABOVE: "A stop loss order in a buy OCO must be above." */
    public static final int BUY_OCO_STOP_LOSS_MUST_BE_ABOVE = -1196;

    /** -1197 SELL_OCO_STOP_LOSS_MUST_BE_BELOW: "A stop loss order in a sell OCO must be below." */
    public static final int SELL_OCO_STOP_LOSS_MUST_BE_BELOW = -1197;

    /** -1198 BUY_OCO_TAKE_PROFIT_MUST_BE_BELOW: "A take profit order in a buy OCO must be below." */
    public static final int BUY_OCO_TAKE_PROFIT_MUST_BE_BELOW = -1198;

    /** -1199 SELL_OCO_TAKE_PROFIT_MUST_BE_ABOVE: "A take profit order in a sell OCO must be above." */
    public static final int SELL_OCO_TAKE_PROFIT_MUST_BE_ABOVE = -1199;

    /** -1210 INVALID_PEG_PRICE_TYPE: "Invalid pegPriceType." */
    public static final int INVALID_PEG_PRICE_TYPE = -1210;

    /** -1211 INVALID_PEG_OFFSET_TYPE: "Invalid pegOffsetType." */
    public static final int INVALID_PEG_OFFSET_TYPE = -1211;

    /** -1220 SYMBOL_DOES_NOT_MATCH_STATUS: "The symbol's status does not match the requested symbolStatus." */
    public static final int SYMBOL_DOES_NOT_MATCH_STATUS = -1220;

    /** -1221 INVALID_SBE_MESSAGE_FIELD: "Invalid/missing field(s) in SBE message." */
    public static final int INVALID_SBE_MESSAGE_FIELD = -1221;

    /** -1222 OPO_WORKING_MUST_BE_BUY: "Working order in an OPO list must be a bid." */
    public static final int OPO_WORKING_MUST_BE_BUY = -1222;

    /** -1223 OPO_PENDING_MUST_BE_SELL: "Pending orders in an OPO list must be asks." */
    public static final int OPO_PENDING_MUST_BE_SELL = -1223;

    /** -1224 WORKING_PARAM_REQUIRED: "Working order must include the '&#123;param&#125;' tag." */
    public static final int WORKING_PARAM_REQUIRED = -1224;

    /** -1225 PENDING_PARAM_NOT_REQUIRED: "Pending orders should not include the '%s' tag." */
    public static final int PENDING_PARAM_NOT_REQUIRED = -1225;

    /** -2010 NEW_ORDER_REJECTED: "NEW_ORDER_REJECTED" */
    public static final int NEW_ORDER_REJECTED = -2010;

    /** -2011 CANCEL_REJECTED: "CANCEL_REJECTED" */
    public static final int CANCEL_REJECTED = -2011;

    /** -2013 NO_SUCH_ORDER: "Order does not exist." */
    public static final int NO_SUCH_ORDER = -2013;

    /** -2014 BAD_API_KEY_FMT: "API-key format invalid." */
    public static final int BAD_API_KEY_FMT = -2014;

    /** -2015 REJECTED_MBX_KEY: "Invalid API-key, IP, or permissions for action." */
    public static final int REJECTED_MBX_KEY = -2015;

    /** -2016 NO_TRADING_WINDOW: "No trading window could be found for the symbol. Try ticker/24hrs instead." */
    public static final int NO_TRADING_WINDOW = -2016;

    /** -2026 ORDER_ARCHIVED: "Order was canceled or expired with no executed qty over 90 days ago and has been archived." */
    public static final int ORDER_ARCHIVED = -2026;

    /** -2035 SUBSCRIPTION_ACTIVE: "User Data Stream subscription already active." */
    public static final int SUBSCRIPTION_ACTIVE = -2035;

    /** -2036 SUBSCRIPTION_INACTIVE: "User Data Stream subscription not active." */
    public static final int SUBSCRIPTION_INACTIVE = -2036;

    /** -2039 CLIENT_ORDER_ID_INVALID: "Client order ID is not correct for this order ID." */
    public static final int CLIENT_ORDER_ID_INVALID = -2039;

    /** -2042 MAXIMUM_SUBSCRIPTION_IDS: "Maximum subscription ID reached for this connection." */
    public static final int MAXIMUM_SUBSCRIPTION_IDS = -2042;

    /** -2043 NO_REFERENCE_PRICE: "This symbol doesn't have a reference price." */
    public static final int NO_REFERENCE_PRICE = -2043;

    /** -2021 ORDER_CANCEL_REPLACE_PARTIALLY_FAILED: "This code is sent when either the cancellation of the order failed or the new order placement failed but not both." */
    public static final int ORDER_CANCEL_REPLACE_PARTIALLY_FAILED = -2021;

    /** -2022 ORDER_CANCEL_REPLACE_FAILED: "This code is sent when both the cancellation of the order failed and the new order placement failed." */
    public static final int ORDER_CANCEL_REPLACE_FAILED = -2022;

    /** -2010/-2011 message: the order (by orderId or client order id) could not be found. */
    public static final String MSG_UNKNOWN_ORDER = "Unknown order sent.";
    /** -2010 message: the client order id is already in use. */
    public static final String MSG_DUPLICATE_ORDER = "Duplicate order sent.";
    /** -2010 message: the symbol is not trading. */
    public static final String MSG_MARKET_CLOSED = "Market is closed.";
    /** -2010 message: not enough funds. */
    public static final String MSG_INSUFFICIENT_BALANCE = "Account has insufficient balance for requested action.";
    /** -2010 message: MARKET is not enabled on the symbol. */
    public static final String MSG_MARKET_ORDERS_NOT_SUPPORTED = "Market orders are not supported for this symbol.";
    /** -2010 message: price * quantity is too low. */
    public static final String MSG_PRICE_QTY_ZERO_OR_LESS = "Price * QTY is zero or less.";
    /** -2010 message: a stop order whose stop price is already crossed. */
    public static final String MSG_ORDER_WOULD_TRIGGER_IMMEDIATELY = "Order would trigger immediately.";
    /** -2010 message: a LIMIT_MAKER order that would take liquidity. */
    public static final String MSG_ORDER_WOULD_IMMEDIATELY_MATCH = "Order would immediately match and take.";
    /** -2011 message: cancel refused by cancelRestrictions. */
    public static final String MSG_CANCEL_RESTRICTIONS = "Order was not canceled due to cancel restrictions.";
    /** -2011 message: neither origClientOrderId nor orderId identifies an order. */
    public static final String MSG_CANCEL_ORDER_INVALID = "Cancel order is invalid. Check origClOrdId and orderId.";
    /** -2010/-2011 message: the action would change nothing. */
    public static final String MSG_NO_STATE_CHANGE = "The requested action would change no state; rejecting";

    private static final String RESOURCE = "spot-errors-catalog.doc.json";
    private static final Pattern PLACEHOLDER = Pattern.compile("%s|%d|\\{[A-Za-z]+\\}");
    private static final Map<Integer, Entry> CATALOG = load();

    private SpotErrors() {
    }

    /**
     * Every code in the catalog.
     *
     * @return codes in catalog order
     */
    public static Set<Integer> codes() {
        return CATALOG.keySet();
    }

    /**
     * Whether the catalog lists {@code code}.
     *
     * @param code Binance code
     * @return true if known
     */
    public static boolean isKnown(int code) {
        return CATALOG.containsKey(code);
    }

    /**
     * The catalog's name of a code, e.g. {@code "BAD_SYMBOL"} for -1121.
     *
     * @param code Binance code
     * @return the documented name
     * @throws IllegalArgumentException for codes not in the catalog
     */
    public static String name(int code) {
        return entry(code).name;
    }

    /**
     * The first (generic) documented message of a code, verbatim, placeholders included.
     *
     * @param code Binance code
     * @return the message
     * @throws IllegalArgumentException for codes not in the catalog
     */
    public static String message(int code) {
        return entry(code).messages.get(0);
    }

    /**
     * Every documented message of a code, verbatim, in documentation order.
     *
     * @param code Binance code
     * @return unmodifiable list with at least one message
     * @throws IllegalArgumentException for codes not in the catalog
     */
    public static List<String> messages(int code) {
        return entry(code).messages;
    }

    /**
     * Fills the first documented message of {@code code} that has exactly {@code args.length} placeholders,
     * e.g. {@code format(-1102, "symbol")} gives
     * {@code "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed."}.
     *
     * @param code Binance code
     * @param args placeholder values, in order (rendered with {@code String.valueOf})
     * @return the message
     * @throws IllegalArgumentException if the code is unknown or no message has that many placeholders
     */
    public static String format(int code, Object... args) {
        for (String template : entry(code).messages) {
            if (placeholders(template) == args.length) {
                Matcher m = PLACEHOLDER.matcher(template);
                StringBuilder sb = new StringBuilder(template.length() + 32);
                int i = 0;
                while (m.find()) {
                    m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf(args[i++])));
                }
                m.appendTail(sb);
                return sb.toString();
            }
        }
        throw new IllegalArgumentException("no message of code " + code + " has " + args.length + " placeholder(s)");
    }

    /**
     * Binance's message for a filter failure (sent with code -1013).
     *
     * @param filterType e.g. {@code "LOT_SIZE"}
     * @return {@code "Filter failure: LOT_SIZE"}
     */
    public static String filterFailure(String filterType) {
        return "Filter failure: " + filterType;
    }

    private static int placeholders(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static Entry entry(int code) {
        Entry e = CATALOG.get(code);
        if (e == null) {
            throw new IllegalArgumentException("error code " + code + " is not in the Spot error catalog");
        }
        return e;
    }

    private static Map<Integer, Entry> load() {
        try (InputStream in = SpotErrors.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            JsonNode root = Json.mapper().readTree(in);
            Map<Integer, Entry> map = new LinkedHashMap<>();
            for (JsonNode c : root.path("codes")) {
                List<String> messages = new ArrayList<>();
                for (JsonNode m : c.path("messages")) {
                    messages.add(m.asText());
                }
                map.put(c.path("code").asInt(), new Entry(c.path("name").asText(),
                        Collections.unmodifiableList(messages)));
            }
            return Collections.unmodifiableMap(map);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static final class Entry {
        final String name;
        final List<String> messages;

        Entry(String name, List<String> messages) {
            this.name = name;
            this.messages = messages;
        }
    }
}
