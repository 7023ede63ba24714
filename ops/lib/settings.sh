# Shared by ops/start, ops/backup and ops/restore (sourced, not run).

# Exports the settings of a file written like ops/pilotops.env.example: KEY=value, one per line, no
# quotes, # for comments — systemd's EnvironmentFile syntax, so one file serves the unit and the scripts.
# A setting already in the environment wins over the file's.
load_settings() {
  local file="$1" line key
  if [ ! -r "$file" ]; then
    echo "$(basename "$0"): cannot read the settings file $file" >&2
    exit 2
  fi
  while IFS= read -r line || [ -n "$line" ]; do
    line="${line%$'\r'}"
    case "$line" in
      '' | '#'*) continue ;;
    esac
    key="${line%%=*}"
    if [[ ! "$key" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || [ "$key" = "$line" ]; then
      echo "$(basename "$0"): $file: not a KEY=value line: $line" >&2
      exit 2
    fi
    if [ -z "${!key+set}" ]; then
      export "$key=${line#*=}"
    fi
  done < "$file"
}

require_database() {
  if [ -z "${PILOTOPS_DB_URL:-}" ]; then
    echo "$(basename "$0"): PILOTOPS_DB_URL is not set (production needs a configured MariaDB; ops/run starts a demo)" >&2
    exit 2
  fi
}

# Sets DB_HOST, DB_PORT and DB_NAME from PILOTOPS_DB_URL (jdbc:mariadb://host[:port]/name[?…]).
database_coordinates() {
  local rest="${PILOTOPS_DB_URL#jdbc:mariadb://}" authority
  rest="${rest%%\?*}"
  authority="${rest%%/*}"
  DB_NAME="${rest#*/}"
  if [ "$authority" = "$rest" ] || [ -z "$DB_NAME" ] || [[ "$PILOTOPS_DB_URL" != jdbc:mariadb://* ]]; then
    echo "$(basename "$0"): PILOTOPS_DB_URL names no database: $PILOTOPS_DB_URL" >&2
    exit 2
  fi
  if [[ ! "$DB_NAME" =~ ^[A-Za-z0-9_]+$ ]]; then
    echo "$(basename "$0"): a database name of letters, digits and _ only, not: $DB_NAME" >&2
    exit 2
  fi
  DB_HOST="${authority%%:*}"
  DB_PORT=3306
  if [ "$authority" != "$DB_HOST" ]; then
    DB_PORT="${authority#*:}"
  fi
  if [[ ! "$DB_HOST" =~ ^[A-Za-z0-9.-]+$ ]] || [[ ! "$DB_PORT" =~ ^[0-9]+$ ]]; then
    echo "$(basename "$0"): PILOTOPS_DB_URL: one host name or IPv4 address and a port, not: $authority" >&2
    exit 2
  fi
}

# The MariaDB client tools: PILOTOPS_MARIADB_BIN (a directory), else the PATH.
mariadb_tool() {
  if [ -n "${PILOTOPS_MARIADB_BIN:-}" ]; then
    echo "$PILOTOPS_MARIADB_BIN/$1"
  elif command -v "$1" >/dev/null 2>&1; then
    command -v "$1"
  else
    echo "$(basename "$0"): $1 not found (Debian: apt-get install mariadb-client; or set PILOTOPS_MARIADB_BIN)" >&2
    exit 2
  fi
}

# Writes the account to a client option file only this user can read, so the password never shows in
# the process list; prints its path. The caller removes it.
client_options() {
  local file
  file="$(mktemp)"
  chmod 600 "$file"
  printf '[client]\nuser="%s"\npassword="%s"\nhost=%s\nport=%s\nprotocol=TCP\ndefault-character-set=utf8mb4\n' \
    "$(option_value "${PILOTOPS_DB_USER:-}")" "$(option_value "${PILOTOPS_DB_PASSWORD:-}")" "$DB_HOST" "$DB_PORT" > "$file"
  echo "$file"
}

# A value for a double-quoted option-file value: \ and " escaped, so a # or a space does not cut it.
option_value() {
  local value="$1"
  value="${value//\\/\\\\}"
  printf '%s' "${value//\"/\\\"}"
}
