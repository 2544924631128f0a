"""The program's place on the machine: where files live, writing them safely, the analysis cache, the log, doctor."""
