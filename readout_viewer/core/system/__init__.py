"""The program's place on the machine: where files live, safe writes, the analysis cache, worker processes, the
log and doctor."""
