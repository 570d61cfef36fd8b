"""Two training runs (reduced config) write byte-identical artifacts."""
import filecmp
import os
import tempfile

from models.tests import helpers as H
from models.train import pipeline


def test_two_runs_identical():
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        pipeline.run(H.DATA, a, fast=True)
        pipeline.run(H.DATA, b, fast=True)
        files = sorted(os.listdir(a))
        assert files == sorted(os.listdir(b)) and "index.json" in files
        match, mismatch, errors = filecmp.cmpfiles(a, b, files, shallow=False)
        assert not mismatch and not errors
