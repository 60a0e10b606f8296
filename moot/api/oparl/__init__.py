"""OParl 1.1, served at ``/oparl/``: Moot's records under OParl's names.

``kinds`` says which rows each OParl type is made of and which of them the
public may see in full; ``objects`` turns a row into its OParl object;
``extension`` adds Moot's UK objects (``moot:`` keys); ``lists`` filters and
pages the external lists; ``views`` answers.
"""
