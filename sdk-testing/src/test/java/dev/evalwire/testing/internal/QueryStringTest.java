package dev.evalwire.testing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class QueryStringTest {

    @Test
    void allReturnsEveryValueInOrderDecoded() {
        assertEquals(Arrays.asList("a,b", "c d", ""), QueryString.all("v=a%2Cb&x=1&v=c+d&v", "v"));
        assertEquals(Collections.emptyList(), QueryString.all("x=1", "v"));
        assertEquals(Collections.emptyList(), QueryString.all(null, "v"));
        assertEquals("a,b", QueryString.first("v=a%2Cb&v=c", "v"));
        assertNull(QueryString.first("", "v"));
    }

    @Test
    void flagTakesTrueOrFalseInAnyCaseAndDefaultsWhenAbsent() {
        assertTrue(QueryString.flag("f=TRUE", "f", false));
        assertFalse(QueryString.flag("f=false", "f", true));
        assertTrue(QueryString.flag("g=false", "f", true));
        assertFalse(QueryString.flag(null, "f", false));
    }

    @Test
    void flagRefusesOtherValuesNamingTheParameter() {
        BadParameterException e = assertThrows(BadParameterException.class, () -> QueryString.flag("f=1", "f", false));
        assertEquals("f", e.name());
        assertEquals("invalid value \"1\", expected true or false", e.problem());
        assertThrows(BadParameterException.class, () -> QueryString.flag("f", "f", false));
    }
}
