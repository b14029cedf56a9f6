package no.farvel.batch.input;

import java.io.IOException;
import java.util.Iterator;
import no.farvel.core.Provider;

/** Gives records without a provider the one from {@code --provider FILE}. */
final class ProviderDefault implements RecordSource {
    private final RecordSource source;
    private final Provider provider;

    private ProviderDefault(RecordSource source, Provider provider) {
        this.source = source;
        this.provider = provider;
    }

    static RecordSource wrap(RecordSource source, Provider provider) {
        return new ProviderDefault(source, provider);
    }

    @Override
    public Iterator<InputRecord> iterator() {
        Iterator<InputRecord> records = source.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public InputRecord next() {
                InputRecord record = records.next();
                if (record.isOk() && record.termination().provider() == null) {
                    return record.withTermination(record.termination().toBuilder().provider(provider).build());
                }
                return record;
            }
        };
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
