"""Extractors: one module per kind of thing extracted (bodies, duties, dates, citations).

Filled by the extraction stage; each module works on the shared data model
(``pipeline.model``) and is usable on its own.
"""
