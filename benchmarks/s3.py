"""An S3-compatible server on loopback for the tests, the cluster and the benchmark: moto's
standalone server (``moto_server``, from the dev extra), with one public-read bucket — the
policy the README asks of a real bucket (readers' browsers fetch media anonymously)."""

import json
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace
from urllib.error import HTTPError, URLError
from urllib.request import urlopen

from benchmarks.nginx import free_port

BUCKET = "newsroom-media"
CREDENTIALS = {"aws_access_key_id": "test", "aws_secret_access_key": "test"}


@contextmanager
def s3_server(log_path, *, port=None, bucket=BUCKET):
    """Yield (endpoint, bucket, boto3 client) of a fresh server; stopped whatever happens."""
    import boto3

    port = port or free_port()
    endpoint = f"http://127.0.0.1:{port}"
    command = [str(Path(sys.executable).parent / "moto_server"), "-H", "127.0.0.1", "-p", str(port)]
    with Path(log_path).open("wb") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urlopen(endpoint, timeout=1).close()
                break
            except HTTPError:  # an answer, even an error: it is up
                break
            except (URLError, OSError):
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(
                        f"moto_server did not start: {Path(log_path).read_text()[-2000:]}"
                    ) from None
                time.sleep(0.1)
        client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", **CREDENTIALS)
        client.create_bucket(Bucket=bucket)
        public = {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": "*",
                    "Action": "s3:GetObject",
                    "Resource": f"arn:aws:s3:::{bucket}/*",
                }
            ],
        }
        client.put_bucket_policy(Bucket=bucket, Policy=json.dumps(public))
        yield SimpleNamespace(endpoint=endpoint, bucket=bucket, client=client)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
