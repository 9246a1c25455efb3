package org.kinerja.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The start-up floor: a bare JVM that opens one JDBC connection, runs {@code select 1}, prints {@code ready} and
 * idles until its standard input closes (or 120 s pass). Started by {@link StartupBenchmark}.
 */
public final class BareJdbc {

    private BareJdbc() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], args[1], args.length > 2 ? args[2] : "");
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("select 1")) {
            r.next();
            System.out.println("ready " + r.getInt(1));
            System.out.flush();
            long end = System.currentTimeMillis() + 120_000;
            while (System.in.read() >= 0 && System.currentTimeMillis() < end) {
                // idle until told to stop
            }
        }
    }
}
