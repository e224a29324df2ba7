package io.tradewire.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorClassifierTest {

    @ParameterizedTest(name = "status {0} code {1} -> {2}")
    @CsvSource({
        // bans win over everything
        "418, -1003, BANNED",
        "418, 0, BANNED",
        // rate limits
        "429, -1015, RATE_LIMITED",
        "429, 0, RATE_LIMITED",
        "0, -1003, RATE_LIMITED",
        "400, -1015, RATE_LIMITED",
        // unknown outcome
        "500, 0, UNKNOWN_OUTCOME",
        "503, -1001, UNKNOWN_OUTCOME",
        "504, -2010, UNKNOWN_OUTCOME",
        "408, -1007, UNKNOWN_OUTCOME",
        "0, -1007, UNKNOWN_OUTCOME",
        "400, -1006, UNKNOWN_OUTCOME",
        "400, -1000, UNKNOWN_OUTCOME",
        "0, 0, UNKNOWN_OUTCOME",
        // clock
        "400, -1021, CLOCK",
        "0, -1021, CLOCK",
        // auth
        "400, -1022, AUTH",
        "401, -2014, AUTH",
        "401, -2015, AUTH",
        "0, -2015, AUTH",
        // rejections: certainly not executed
        "400, -2010, REJECTED",
        "400, -2011, REJECTED",
        "400, -2013, REJECTED",
        "409, -2021, REJECTED",
        "400, -2022, REJECTED",
        "400, -1013, REJECTED",
        "400, -2026, REJECTED",
        "0, -2010, REJECTED",
        // parameter errors
        "400, -1100, BAD_REQUEST",
        "400, -1102, BAD_REQUEST",
        "400, -1121, BAD_REQUEST",
        "400, -1145, BAD_REQUEST",
        "0, -1199, BAD_REQUEST",
        "403, 0, BAD_REQUEST",
        "404, 0, BAD_REQUEST",
        "400, -1014, BAD_REQUEST",
        "0, -1020, BAD_REQUEST",
    })
    void classifies(int status, int code, ErrorCategory expected) {
        assertThat(ErrorClassifier.classify(status, code)).isEqualTo(expected);
    }
}
