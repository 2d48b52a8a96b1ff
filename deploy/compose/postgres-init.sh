#!/bin/sh
# One PostgreSQL container, three databases: each service's own database and owner, the names the services'
# application.properties default to (hazard, task, notify), which Flyway migrates as; and the role each service
# works as (hazard_app, ...), which the migrations grant row access only. Run once by the postgres image on an
# empty data directory (/docker-entrypoint-initdb.d); the passwords come from compose.yaml's environment.
set -eu
for s in hazard task notify; do
  eval "pw=\${$(echo "$s" | tr a-z A-Z)_DB_PASSWORD}"
  eval "runtime_pw=\${$(echo "$s" | tr a-z A-Z)_DB_RUNTIME_PASSWORD}"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
       -v role="$s" -v pw="$pw" -v runtime="${s}_app" -v runtime_pw="$runtime_pw" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'pw';
CREATE DATABASE :"role" OWNER :"role";
CREATE ROLE :"runtime" LOGIN PASSWORD :'runtime_pw';
SQL
done
