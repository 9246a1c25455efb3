package org.kinerja.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records the SQL statements the application sends (text and bound values), while {@link #start()}ed, by
 * wrapping the application's {@link DataSource}: the floor of a benchmark is then the same statements run
 * directly over JDBC ({@link #replay}), so the ratio is what Kinerja adds to its own queries. Only the statements
 * of the thread that started the capture are recorded.
 */
public final class SqlCapture {

    /** One statement as executed: its SQL and its parameters by index. */
    public record Executed(String sql, Map<Integer, Object> parameters) {
    }

    private static final List<Executed> captured = new CopyOnWriteArrayList<>();
    /** The thread whose statements are recorded (background work of the application is left out). */
    private static volatile Thread recording;

    private SqlCapture() {
    }

    /** Records the statements the calling thread sends from now on. */
    public static void start() {
        captured.clear();
        recording = Thread.currentThread();
    }

    public static List<Executed> stop() {
        recording = null;
        return List.copyOf(captured);
    }

    /** Runs the statements on a connection of its own, reading every row; answers the seconds it took. */
    public static double replay(DataSource dataSource, List<Executed> statements) throws SQLException {
        try (Connection c = unwrapped(dataSource).getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            long t0 = System.nanoTime();
            for (Executed e : statements) {
                if (!reads(e.sql())) {
                    continue;
                }
                try (PreparedStatement p = c.prepareStatement(e.sql())) {
                    for (Map.Entry<Integer, Object> param : e.parameters().entrySet()) {
                        p.setObject(param.getKey(), param.getValue());
                    }
                    if (p.execute()) {
                        try (ResultSet r = p.getResultSet()) {
                            int columns = r.getMetaData().getColumnCount();
                            while (r.next()) {
                                for (int i = 1; i <= columns; i++) {
                                    r.getObject(i);
                                }
                            }
                        }
                    }
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            c.rollback();
            return seconds;
        }
    }

    /** Whether the statement only reads (the replay runs in a read-only transaction and skips the others). */
    public static boolean reads(String sql) {
        String s = sql.stripLeading().toLowerCase(java.util.Locale.ROOT);
        return s.startsWith("select") || s.startsWith("with") || s.startsWith("(select") || s.startsWith("set ");
    }

    /** The data source under the capturing wrapper. */
    static DataSource unwrapped(DataSource dataSource) {
        if (Proxy.isProxyClass(dataSource.getClass()) && Proxy.getInvocationHandler(dataSource) instanceof Wrapper w) {
            return (DataSource) w.target;
        }
        return dataSource;
    }

    /** Wraps the application's data source; import it into the benchmark's context. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        static BeanPostProcessor sqlCaptureDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass())
                            ? wrap(ds, DataSource.class) : bean;
                }
            };
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T wrap(Object target, Class<T> type) {
        return (T) Proxy.newProxyInstance(SqlCapture.class.getClassLoader(), new Class<?>[] {type}, new Wrapper(target));
    }

    private static final class Wrapper implements InvocationHandler {
        private final Object target;
        private final Map<Integer, Object> parameters = new TreeMap<>();
        private String sql;

        Wrapper(Object target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("unwrap") && args != null && args[0] instanceof Class<?> c && c.isInstance(target)) {
                return target;
            }
            if (name.equals("isWrapperFor") && args != null && args[0] instanceof Class<?> c && c.isInstance(target)) {
                return true;
            }
            if (target instanceof PreparedStatement && name.startsWith("set") && args != null && args.length >= 2
                    && args[0] instanceof Integer index) {
                parameters.put(index, name.equals("setNull") ? null : args[1]);
            }
            if (recording == Thread.currentThread() && name.startsWith("execute")) {
                if (target instanceof PreparedStatement && (args == null || args.length == 0)) {
                    captured.add(new Executed(sql, new TreeMap<>(parameters)));
                } else if (target instanceof Statement && args != null && args.length > 0 && args[0] instanceof String s) {
                    captured.add(new Executed(s, Map.of()));
                }
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (name.equals("clearParameters")) {
                parameters.clear();
            }
            if (result instanceof Connection c) {
                return wrap(c, Connection.class);
            }
            if (result instanceof PreparedStatement p && target instanceof Connection && args != null
                    && args.length > 0 && args[0] instanceof String s) {
                Wrapper w = new Wrapper(p);
                w.sql = s;
                return Proxy.newProxyInstance(SqlCapture.class.getClassLoader(),
                        new Class<?>[] {result instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                                : PreparedStatement.class}, w);
            }
            if (result instanceof Statement s && !(result instanceof PreparedStatement)) {
                return wrap(s, Statement.class);
            }
            return result;
        }
    }

    /** The statements' texts, one per line, for the benchmark's notes. */
    public static List<String> texts(List<Executed> statements) {
        List<String> out = new ArrayList<>();
        for (Executed e : statements) {
            out.add(e.sql().replaceAll("\\s+", " "));
        }
        return out;
    }
}
