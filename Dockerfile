# Builds Warroom for PostgreSQL (the database kind is fixed at build time) and runs it as an unprivileged user.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY src src
COPY templates templates
ARG WARROOM_DB_KIND=postgresql
RUN --mount=type=cache,target=/root/.m2 WARROOM_DB_KIND=${WARROOM_DB_KIND} mvn -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/warroom-runner.jar /app/warroom-runner.jar
COPY templates /app/templates
RUN mkdir -p /data /app/config && chown -R 1001 /data
ENV WARROOM_DATA_DIR=/data \
    WARROOM_TEMPLATES_DIR=/app/templates
USER 1001
EXPOSE 8080
# The same JVM settings as ./warroom: the quick compiler, a bounded heap, the serial collector (see docs/operations.md, JVM settings).
ENTRYPOINT ["java", "-XX:TieredStopAtLevel=1", "-Xms32m", "-Xmx256m", "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/warroom-runner.jar"]
