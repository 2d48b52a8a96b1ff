package cn.hazardledger.testsupport;

import org.testcontainers.DockerClientFactory;

final class DockerCheck {

    private DockerCheck() {
    }

    /** Containers where a Docker engine exists (CI elsewhere, laptops); in-JVM servers otherwise. */
    static boolean available() {
        if (Boolean.getBoolean("hazardledger.tests.no-docker")) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
