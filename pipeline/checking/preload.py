"""Imported once by the fork server that starts a cluster worker's reading processes
(``LocalPool`` with ``method="forkserver"``): it loads what reading needs (``parsing.warm``),
so that every reading process forked from it starts ready, as a local run's forked ones do,
and a file's time limit counts its reading, not the loading of the libraries."""

from ..parsing import warm

warm()
