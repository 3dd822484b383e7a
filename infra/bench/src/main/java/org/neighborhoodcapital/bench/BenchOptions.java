package org.neighborhoodcapital.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Command line of the harness (infra/bench/bin/bench writes it).
 *
 * @param quick        the small network and short steps (under 3 minutes with the stack start)
 * @param bootstrap    Kafka bootstrap servers of the stack under test
 * @param services     service name → base URL
 * @param runDir       the stack's state directory (pids/, logs/, jars/)
 * @param outDir       where results.json and the profiles go
 * @param toolClasspath classpath for the Kafka perf tools' child JVMs
 * @param java         the java launcher for those (and the JDK whose jcmd records JFR)
 * @param token        bearer token for the services' APIs ("" when they need none)
 * @param profile      record JFR of reporting and the store during (b)
 * @param seed         the simulated network's seed
 * @param facts        more machine facts the script knows (e.g. the load before the stack started)
 */
record BenchOptions(boolean quick, String bootstrap, Map<String, String> services, Path runDir, Path outDir,
                    String toolClasspath, Path java, String token, boolean profile, long seed, Map<String, String> facts) {

    static BenchOptions parse(String[] args) throws Exception {
        boolean quick = false;
        boolean profile = false;
        String bootstrap = "127.0.0.1:29092";
        Map<String, String> services = new LinkedHashMap<>();
        Map<String, String> facts = new LinkedHashMap<>();
        Path runDir = Path.of("infra/bench/target/bench-run");
        Path outDir = Path.of("target/bench");
        String classpath = System.getProperty("java.class.path");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String token = System.getenv().getOrDefault("NC_BENCH_TOKEN", "");
        Boolean profileOption = null;
        long seed = 7;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--quick" -> quick = true;
                case "--profile" -> profileOption = true;
                case "--no-profile" -> profileOption = false;
                case "--bootstrap" -> bootstrap = args[++i];
                case "--service" -> { // name=url
                    String[] kv = args[++i].split("=", 2);
                    services.put(kv[0], kv[1]);
                }
                case "--fact" -> { // name=value
                    String[] kv = args[++i].split("=", 2);
                    facts.put(kv[0], kv.length > 1 ? kv[1] : "");
                }
                case "--run-dir" -> runDir = Path.of(args[++i]);
                case "--out" -> outDir = Path.of(args[++i]);
                case "--tool-classpath" -> classpath = args[++i];
                case "--java" -> java = Path.of(args[++i]);
                case "--token-file" -> {
                    Path file = Path.of(args[++i]);
                    token = Files.exists(file) ? Files.readString(file).strip() : "";
                }
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        profile = profileOption == null ? !quick : profileOption;
        return new BenchOptions(quick, bootstrap, services, runDir, outDir, classpath, java, token, profile, seed, facts);
    }
}
