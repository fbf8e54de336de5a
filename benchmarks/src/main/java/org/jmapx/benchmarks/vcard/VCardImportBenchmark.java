package org.jmapx.benchmarks.vcard;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jmapx.contacts.ContactsExtension;
import org.jmapx.contacts.vcard.ImportReport;
import org.jmapx.engine.method.SystemMethodContext;
import org.jmapx.contacts.vcard.VCardImporter;
import org.jmapx.engine.method.JmapMethod;
import org.jmapx.engine.state.MemoryChangeLog;
import org.jmapx.engine.state.StateChangeListener;
import org.jmapx.engine.store.MemoryObjectStore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * vCard import rate on the memory stores: parse + RFC 9555 conversion + ContactCard/set (validation,
 * uid uniqueness, change log), as the WebAdmin import route runs it, without HTTP. Each run imports
 * the same file into a fresh account; the first runs are warm-up.
 *
 * <pre>java -cp "$CP" org.jmapx.benchmarks.vcard.VCardImportBenchmark [cards] [runs]</pre>
 */
public final class VCardImportBenchmark {
    private static final String[] GIVEN = {"Émile", "Zoë", "José", "Ann", "Björn", "Chloé", "Łukasz", "Noël", "Renée", "Sørina"};
    private static final String[] SURNAMES = {"Müller", "Dupont", "García", "Smith", "Ørsted", "Nguyễn", "Kowalski", "Doe"};

    private VCardImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cards = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String vcf = file(cards);
        System.out.printf(Locale.ROOT, "file: %d cards, %.1f MB%n", cards, vcf.length() / 1_000_000.0);
        for (int run = 1; run <= runs; run++) {
            List<JmapMethod> methods = new ContactsExtension(new MemoryObjectStore(), new MemoryChangeLog(),
                StateChangeListener.NONE).methods();
            SystemMethodContext context = new SystemMethodContext("bench@example.com", "account-" + UUID.randomUUID());
            String bookId = createBook(methods, context);
            long start = System.nanoTime();
            ImportReport report = new VCardImporter(methods).importInto(vcf, bookId, context);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (report.created() != cards) {
                throw new IllegalStateException("created " + report.created() + " of " + cards + ": " + report.cards().get(0));
            }
            System.out.printf(Locale.ROOT, "run %d%s: %d cards in %.2f s = %.0f cards/s%n", run, run <= 2 ? " (warm-up)" : "",
                cards, seconds, cards / seconds);
        }
    }

    private static String createBook(List<JmapMethod> methods, SystemMethodContext context) throws Exception {
        ObjectNode arguments = (ObjectNode) new ObjectMapper().readTree("{\"create\":{\"b\":{\"name\":\"Import\"}}}");
        arguments.put("accountId", context.primaryAccountId());
        JmapMethod set = methods.stream().filter(m -> m.name().equals("AddressBook/set")).findFirst().orElseThrow();
        return set.call(arguments, context).at("/created/b/id").asText();
    }

    /** Varied cards: accented names, 1-3 emails, phones and addresses, a note; every 50th is a group. */
    static String file(int count) {
        StringBuilder vcf = new StringBuilder(count * 600);
        for (int i = 0; i < count; i++) {
            String given = GIVEN[i % GIVEN.length];
            String surname = SURNAMES[(i / GIVEN.length) % SURNAMES.length];
            vcf.append("BEGIN:VCARD\r\nVERSION:").append(i % 3 == 0 ? "3.0" : "4.0").append("\r\n");
            vcf.append("UID:urn:uuid:").append(new UUID(42, i)).append("\r\n");
            if (i % 50 == 49) {
                vcf.append("KIND:group\r\nFN:Group ").append(i).append("\r\n");
                for (int m = 1; m <= 5; m++) {
                    vcf.append("MEMBER:urn:uuid:").append(new UUID(42, i - m)).append("\r\n");
                }
            } else {
                vcf.append("FN:").append(given).append(' ').append(surname).append(' ').append(i).append("\r\n");
                vcf.append("N:").append(surname).append(';').append(given).append(";;;\r\n");
                for (int e = 0; e <= i % 3; e++) {
                    vcf.append("EMAIL;TYPE=").append(e == 0 ? "work" : "home").append(':').append(given.toLowerCase(Locale.ROOT))
                        .append('.').append(i).append('.').append(e).append("@example.com\r\n");
                }
                vcf.append("TEL;TYPE=cell:+33 6 12 34 ").append(String.format(Locale.ROOT, "%02d %02d", i % 100, (i / 100) % 100)).append("\r\n");
                vcf.append("TEL;TYPE=work,voice:+1 555 0100\r\n");
                vcf.append("ADR;TYPE=home:;;").append(i).append(" rue de la Paix;Paris;;75002;France\r\n");
                if (i % 2 == 0) {
                    vcf.append("ADR;TYPE=work:;;1 Main St;Springfield;IL;62701;USA\r\n");
                }
                vcf.append("ORG:Acme;Research\r\nTITLE:Engineer\r\nNOTE:Met at the conference\\, table ").append(i).append("\r\n");
                vcf.append("CATEGORIES:friends,work\r\n");
            }
            vcf.append("END:VCARD\r\n");
        }
        return vcf.toString();
    }
}
