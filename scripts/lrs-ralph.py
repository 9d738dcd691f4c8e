#!/usr/bin/env python3
"""Ralph's LRS (ralph-malph) with its file backend, for scripts/lrs-test.

    lrs-ralph.py PORT DATA_DIR       (with Ralph's virtual environment's python)

Runs Ralph's API on 127.0.0.1:PORT with uvicorn, as `ralph runserver -b fs`
does, but in this process (no reloader), so that one fix applies: Ralph
5.1.0's file data backend writes its one statements file with the `create`
operation by default, which refuses every write after the first ("already
exists and overwrite is not allowed"), so the store answered 500 to every
statement after its first batch. A record store appends; here it does.
Authentication comes from RALPH_AUTH_FILE (`ralph auth ... -w`).
"""

import os
import sys

port, data_dir = int(sys.argv[1]), sys.argv[2]
os.environ["RALPH_RUNSERVER_BACKEND"] = "fs"
os.environ["RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH"] = data_dir
os.makedirs(data_dir, exist_ok=True)

from ralph.backends.data.base import BaseOperationType  # noqa: E402
from ralph.backends.data.fs import FSDataBackend  # noqa: E402

FSDataBackend.default_operation_type = BaseOperationType.APPEND

import uvicorn  # noqa: E402

uvicorn.run("ralph.api:app", host="127.0.0.1", port=port, log_level="info")
