"""Standard output whose reader went away: `layout-app compose … | head -5` closes the pipe after five
lines. That is the reader's choice, not a failure: what no one reads any more is dropped (the
rest goes to the null device) and the command finishes its work — the page, the report, a page's
status — and exits as it would have, with no message."""
from __future__ import annotations

import contextlib
import errno
import os
import select
import sys
from typing import Iterator


class _Output:
    """sys.stdout as it was, until a write finds the pipe's reader gone; then nothing at all."""

    def __init__(self, stream):
        self._stream = stream
        self.gone = False

    def write(self, text: str) -> int:
        if not self.gone:
            try:
                return self._stream.write(text)
            except BrokenPipeError:
                self._reader_gone()
        return len(text)

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        if not self.gone:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self._reader_gone()

    def _reader_gone(self) -> None:
        self.gone = True
        _to_null_device(self._stream)

    def __getattr__(self, name):          # encoding, isatty, fileno, buffer … as the stream has them
        return getattr(self._stream, name)


def _to_null_device(stream) -> None:
    # the interpreter flushes standard output once more at exit: into the null device, not the pipe
    # (else "Exception ignored … BrokenPipeError" and exit status 120)
    try:
        fd = stream.fileno()
    except (OSError, ValueError, AttributeError):
        return                               # not a file (a test's capture): nothing flushes it at exit
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, fd)
    finally:
        os.close(null)


def reader_gone(exc: BaseException) -> bool:
    """A broken pipe that is standard output's own: its reader closed it (a pipe to a program
    of ours, or a socket, breaking is something else)."""
    if not isinstance(exc, BrokenPipeError) and getattr(exc, "errno", None) != errno.EPIPE:
        return False
    try:
        poll = select.poll()
        poll.register(sys.__stdout__.fileno(), select.POLLOUT)
        return any(event & select.POLLERR for _, event in poll.poll(0))
    except (OSError, ValueError, AttributeError):
        return False


@contextlib.contextmanager
def quiet_when_reader_gone() -> Iterator[None]:
    """Standard output and standard error both: `export … 2>&1 | head -2` closes the pipe the
    progress line goes to, and the PDF must still be written."""
    wrapped = {}
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is not None and not isinstance(stream, _Output):
            wrapped[name] = (stream, _Output(stream))
            setattr(sys, name, wrapped[name][1])
    try:
        yield
        for _, out in wrapped.values():
            out.flush()
    finally:
        for name, (stream, out) in wrapped.items():
            if getattr(sys, name) is out:
                setattr(sys, name, stream)
