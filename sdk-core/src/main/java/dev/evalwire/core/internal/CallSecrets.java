package dev.evalwire.core.internal;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * The values to keep out of one call's messages, logs and printed headers: the client's API key and the
 * request's secret values. The request's values are worked out on first use, because a call that succeeds
 * without logging never needs them. Safe to read from any thread (the printed headers of a response hold it).
 */
final class CallSecrets extends AbstractList<String> {

    @Nullable
    private final String apiKey;

    private final ApiRequest request;

    /** Read only through {@link #get} and {@link #size}, so it needs no unmodifiable wrapper. */
    @Nullable
    private volatile List<String> values;

    /**
     * @param apiKey the client's API key, or null when it has none
     * @param request the call, whose secret values are read on first use
     */
    CallSecrets(@Nullable String apiKey, ApiRequest request) {
        this.apiKey = apiKey;
        this.request = request;
    }

    private List<String> values() {
        List<String> known = values;
        if (known == null) {
            Set<String> requestSecrets = request.secrets();
            if (requestSecrets.isEmpty()) {
                known = apiKey == null ? Collections.<String>emptyList() : Collections.singletonList(apiKey);
            } else {
                List<String> all = new ArrayList<>(requestSecrets.size() + 1);
                if (apiKey != null) {
                    all.add(apiKey);
                }
                all.addAll(requestSecrets);
                known = all;
            }
            values = known;
        }
        return known;
    }

    @Override
    public String get(int index) {
        return values().get(index);
    }

    @Override
    public int size() {
        return values().size();
    }
}
