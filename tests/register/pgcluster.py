"""A throwaway PostgreSQL cluster for the register tests: ``initdb`` + ``pg_ctl`` from
Debian's ``postgresql`` package, listening only on a Unix socket in a temporary folder
(``listen_addresses = ''``: no TCP at all), removed afterwards.

As root (CI), the server programs run as the ``postgres`` system user through
``runuser`` (initdb refuses root) and the temporary folder is handed to that user.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

INSTALL_HINT = ("PostgreSQL's server programs (initdb, pg_ctl) are not installed; the "
                "register tests need them. Install with: apt-get install -y postgresql "
                "(bash installer/dev.sh setup does it as root)")
#: The cell the register tests quote (shared with the worker processes).
CELL_FILE = Path(__file__).resolve().parent.parent / "data" / "cbak-32140fs.toml"
#: A role with a password (scram), for the credential tests; every other role: trust.
PASSWORD_ROLE = "pw_user"


def server_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


class Cluster:
    def __init__(self) -> None:
        binary = server_bin()
        if binary is None:
            raise RuntimeError(INSTALL_HINT)
        self.bin = binary
        self.as_root = os.geteuid() == 0
        self.base = Path(tempfile.mkdtemp(prefix="pcfg-pg-"))
        self.data, self.sock = self.base / "data", self.base / "sock"
        self.sock.mkdir()
        if self.as_root:
            try:
                pw = pwd.getpwnam("postgres")
            except KeyError:
                raise RuntimeError("the 'postgres' system user is missing; " + INSTALL_HINT
                                   ) from None
            for path in (self.base, self.sock):
                os.chown(path, pw.pw_uid, pw.pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust",
                  "-E", "UTF8", "--no-locale", "--no-sync")
        conf = self.data / "postgresql.conf"
        with open(conf, "a", encoding="utf-8") as fh:
            fh.write(f"\nlisten_addresses = ''\nunix_socket_directories = '{self.sock}'\n"
                     "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
                     "max_connections = 60\nshared_buffers = 32MB\n")
        (self.data / "pg_hba.conf").write_text(
            f"local all {PASSWORD_ROLE} scram-sha-256\nlocal all all trust\n",
            encoding="utf-8")
        self._started = False
        self.start()
        self._counter = 0

    # ------------------------------------------------------------------ control
    def _run(self, program: str, *args: str) -> None:
        cmd = [str(self.bin / program), *args]
        if self.as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120,
                              stdin=subprocess.DEVNULL)
        if done.returncode != 0:
            raise RuntimeError(f"{program} failed ({done.returncode}): {done.stderr[-2000:]}"
                               f"{self._log()}")

    def _log(self) -> str:
        log = self.base / "server.log"
        return "\n" + log.read_text(errors="replace")[-2000:] if log.exists() else ""

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.base / "server.log"),
                  "-w", "-t", "60", "start")
        self._started = True

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop")
        self._started = False

    def restart(self) -> None:
        self.stop("fast")
        self.start()

    def remove(self) -> None:
        if self._started:
            try:
                self.stop("immediate")
            except RuntimeError:
                pass  # already down: the folder goes all the same
        shutil.rmtree(self.base, ignore_errors=True)

    # --------------------------------------------------------------------- use
    def url(self, database: str, user: str = "postgres", password: str | None = None) -> str:
        auth = f"{user}:{password}" if password else user
        return f"postgresql://{auth}@/{database}?host={self.sock}"

    def sql(self, statement: str, database: str = "postgres") -> list[tuple]:
        import psycopg

        with psycopg.connect(host=str(self.sock), user="postgres", dbname=database,
                             autocommit=True) as conn:
            cur = conn.execute(statement)
            return cur.fetchall() if cur.description else []

    def new_database(self, prefix: str = "reg") -> str:
        self._counter += 1
        name = f"{prefix}_{os.getpid()}_{self._counter}"
        self.sql(f"CREATE DATABASE {name} TEMPLATE template0")
        return name
