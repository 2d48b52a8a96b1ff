# hazard-service in JVM mode. Quarkus's own convention would be hazard-service/src/main/docker/Dockerfile.jvm; none exists in this
# repository, so the three images are written here, side by side. Build from the repository root after
# ./mvnw -DskipTests package (which writes hazard-service/target/quarkus-app/):
#   docker build -f deploy/images/hazard-service.Dockerfile -t hazard-ledger/hazard-service .
#
# eclipse-temurin:17-jre with a plain "java -jar": the JVM's sizing comes from JAVA_TOOL_OPTIONS alone
# (-XX:MaxRAMPercentage in the manifests and compose.yaml), with no start script that adds flags of its own.
# Pin the base by digest in CI.
FROM eclipse-temurin:17-jre

RUN groupadd --system --gid 185 quarkus \
 && useradd --system --uid 185 --gid 185 --home-dir /deployments --no-create-home --shell /usr/sbin/nologin quarkus \
 && mkdir -p /deployments/file-uploads \
 && chown 185:185 /deployments/file-uploads

WORKDIR /deployments
# the layers from the least to the most often changed: dependencies, then Quarkus's generated classes, then the
# application; the files stay root's and read-only to the service's user
COPY hazard-service/target/quarkus-app/lib/ /deployments/lib/
COPY hazard-service/target/quarkus-app/quarkus-run.jar /deployments/quarkus-run.jar
COPY hazard-service/target/quarkus-app/app/ /deployments/app/
COPY hazard-service/target/quarkus-app/quarkus/ /deployments/quarkus/

USER 185:185
EXPOSE 8081
ENV HTTP_PORT=8081
ENTRYPOINT ["java", "-jar", "/deployments/quarkus-run.jar"]
