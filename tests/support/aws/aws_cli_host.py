#!/usr/bin/python3
"""Runs Debian's AWS CLI once per request, each run in a process of its own.

The tests speak to the sandbox through Debian's `aws` (awscli's own driver and its copy of
botocore). Starting `/usr/bin/aws` costs about 0.65 s a run on the CI machine, most of it
importing awscli and botocore; a test program makes dozens of runs. This host imports the
CLI once and then forks for every request, so each command still runs in a fresh process,
with the environment and arguments the test gives it, exactly as `/usr/bin/aws` would run
it (the same `awscli.clidriver.main`, the same LC_CTYPE rule, awscli's package set up again
for the run's environment) — only the import is shared.

Protocol, one JSON object per line:
  in:  {"argv": ["ec2", "describe-vpcs", ...], "env": {"NAME": "value", ...}}
  out: {"exit": 0, "stdout": "...", "stderr": "..."}
The environment is the whole environment of the run: nothing of the host's own is kept.
Keys come in the environment, on this pipe, never in an argument list.
"""

import ctypes
import gc
import importlib
import json
import os
import signal
import sys
import tempfile

import awscli
import awscli.clidriver

PR_SET_PDEATHSIG = 1


def run_one(argv, env):
    """Forks, runs the CLI in the child with fds 1 and 2 on temporary files, and returns
    (exit code, stdout, stderr)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            code = 255
            try:
                # Ends with the host: a command the test gave up on is not left running.
                ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
                null = os.open(os.devnull, os.O_RDONLY)
                os.dup2(null, 0)
                os.dup2(out.fileno(), 1)
                os.dup2(err.fileno(), 2)
                os.environ.clear()
                os.environ.update(env)
                # What /usr/bin/aws does before it imports the driver.
                if os.environ.get("LC_CTYPE", "") == "UTF-8":
                    os.environ["LC_CTYPE"] = "en_US.UTF-8"
                # What importing awscli does with this environment: it puts its own data
                # folder on AWS_DATA_PATH, after any the environment names.
                importlib.reload(awscli)
                sys.argv = ["aws"] + argv
                code = awscli.clidriver.main()
            except SystemExit as exit_:
                # sys.exit() and sys.exit(None) are success; a message is failure, as Python's.
                code = (
                    0
                    if exit_.code is None
                    else exit_.code if isinstance(exit_.code, int) else 1
                )
            except BaseException:  # the CLI's own crash is the test's finding: keep it
                import traceback

                traceback.print_exc()
                code = 255
            finally:
                try:
                    sys.stdout.flush()
                    sys.stderr.flush()
                finally:
                    os._exit(code if isinstance(code, int) else 255)
        _, status = os.waitpid(pid, 0)
        out.seek(0)
        err.seek(0)
        return (
            os.waitstatus_to_exitcode(status),
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
        )


def main():
    # The children share the imported modules' pages; a collection in a child would write
    # to all of them (copy on write). Freezing them keeps a run at about 0.2 s.
    gc.freeze()
    for line in sys.stdin:
        request = json.loads(line)
        code, out, err = run_one(
            [str(a) for a in request["argv"]],
            {str(k): str(v) for k, v in request["env"].items()},
        )
        sys.stdout.write(json.dumps({"exit": code, "stdout": out, "stderr": err}) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
