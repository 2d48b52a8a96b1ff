package cn.hazardledger.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Points a service under test at the shared real PostgreSQL and Kafka. The database is named by the
 * {@code database} init argument ({@code @WithTestResource(value = ServiceInfrastructure.class,
 * initArgs = @ResourceArg(name = "database", value = "hazard"))}).
 */
public class ServiceInfrastructure implements QuarkusTestResourceLifecycleManager {

    private String database = "service";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(RealInfrastructure.quarkusConfig(database));
        config.put("mp.jwt.verify.publickey.location", "test-keys/public.pem");
        config.put("mp.jwt.verify.issuer", TestTokens.ISSUER);
        return config;
    }

    @Override
    public void stop() {
        // servers are shared by every test class of the JVM and stop with it
    }
}
