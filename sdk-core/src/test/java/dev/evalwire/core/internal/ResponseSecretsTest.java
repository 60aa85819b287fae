package dev.evalwire.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The secrets of the call being decoded nest: an inner decoding restores the outer one's, the outermost none. */
class ResponseSecretsTest {

    @Test
    void nestedDecodingRestoresTheOuterSecretsAndTheOutermostLeavesNone() {
        List<String> outer = Collections.singletonList("outer-secret");
        List<String> inner = Collections.singletonList("inner-secret");
        Collection<String> none = ResponseSecrets.begin(outer);
        assertNull(none);
        Collection<String> previous = ResponseSecrets.begin(inner);
        assertEquals(outer, previous);
        assertEquals(inner, ResponseSecrets.current());
        ResponseSecrets.end(previous);
        assertEquals(outer, ResponseSecrets.current());
        ResponseSecrets.end(none);
        assertEquals(Collections.emptyList(), ResponseSecrets.current());
    }
}
