package org.jmapx.server;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.apache.james.GuiceJamesServer;
import org.apache.james.utils.DataProbeImpl;
import org.apache.james.utils.WebAdminGuiceProbe;

/**
 * Starts James with every JMAPX extension. Options (all optional):
 * <pre>
 *   --home DIR            conf/ and var/ live here (default: $JMAPX_HOME, else the current directory)
 *   --storage memory|cassandra
 *   --jmap-port N         overrides jmap.port of conf/jmap.properties
 *   --webadmin-port N     overrides port of conf/webadmin.properties
 *   --demo-user ADDRESS   created at start with --demo-password (default demo@jmapx.local / demo)
 *   --no-demo             create no demo account
 * </pre>
 */
public final class JmapxServerMain {
    static final String DEMO_USER = "demo@jmapx.local";
    static final String DEMO_PASSWORD = "demo";

    private JmapxServerMain() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(List.of(args));
        DefaultConfiguration.writeMissingFiles(options.settings.confDirectory());
        GuiceJamesServer server = JmapxServerFactory.create(options.settings);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "jmapx-shutdown"));
        server.start();
        options.demoUser.ifPresent(user -> createDemoAccount(server, user, options.demoPassword));
        printBanner(server, options);
    }

    private static void createDemoAccount(GuiceJamesServer server, String user, String password) {
        DataProbeImpl data = server.getProbe(DataProbeImpl.class);
        try {
            String domain = user.substring(user.indexOf('@') + 1);
            if (!data.containsDomain(domain)) {
                data.addDomain(domain);
            }
            if (!java.util.Arrays.asList(data.listUsers()).contains(user)) {
                data.addUser(user, password);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not create the demo account " + user, e);
        }
    }

    private static void printBanner(GuiceJamesServer server, Options options) {
        int jmapPort = server.getProbe(org.apache.james.jmap.draft.JmapGuiceProbe.class).getJmapPort().getValue();
        int webAdminPort = server.getProbe(WebAdminGuiceProbe.class).getWebAdminPort().getValue();
        StringBuilder banner = new StringBuilder()
            .append("\n================ JMAPX is running (").append(options.settings.storage().name().toLowerCase()).append(" storage) ================\n")
            .append("  JMAP session : http://127.0.0.1:").append(jmapPort).append("/jmap/session\n")
            .append("  WebAdmin     : http://127.0.0.1:").append(webAdminPort).append("\n")
            .append("  Home         : ").append(options.settings.home().toAbsolutePath()).append("\n");
        options.demoUser.ifPresent(user -> banner
            .append("  Demo account : ").append(user).append(" / password: ").append(options.demoPassword).append("\n")
            .append("  Try          : curl -u ").append(user).append(":").append(options.demoPassword)
            .append(" http://127.0.0.1:").append(jmapPort).append("/jmap/session\n"));
        banner.append("  Stop with Ctrl-C\n")
            .append("=========================================================================\n");
        System.out.println(banner);
    }

    private record Options(ServerSettings settings, Optional<String> demoUser, String demoPassword) {
        static Options parse(List<String> args) {
            Path home = Path.of(Optional.ofNullable(System.getenv("JMAPX_HOME")).orElse("."));
            Storage storage = Storage.MEMORY;
            Optional<Integer> jmapPort = Optional.empty();
            Optional<Integer> webAdminPort = Optional.empty();
            Optional<String> demoUser = Optional.of(DEMO_USER);
            String demoPassword = DEMO_PASSWORD;
            Iterator<String> it = args.iterator();
            while (it.hasNext()) {
                String arg = it.next();
                switch (arg) {
                    case "--home" -> home = Path.of(value(it, arg));
                    case "--storage" -> storage = Storage.parse(value(it, arg));
                    case "--jmap-port" -> jmapPort = Optional.of(port(value(it, arg)));
                    case "--webadmin-port" -> webAdminPort = Optional.of(port(value(it, arg)));
                    case "--demo-user" -> demoUser = Optional.of(value(it, arg));
                    case "--demo-password" -> demoPassword = value(it, arg);
                    case "--no-demo" -> demoUser = Optional.empty();
                    default -> throw new IllegalArgumentException("Unknown option " + arg + " (see JmapxServerMain's Javadoc or README)");
                }
            }
            return new Options(new ServerSettings(home, storage, jmapPort, webAdminPort), demoUser, demoPassword);
        }

        private static String value(Iterator<String> it, String option) {
            if (!it.hasNext()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return it.next();
        }

        private static int port(String value) {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Not a port: " + value);
            }
            return port;
        }
    }
}
