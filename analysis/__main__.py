"""``python -m analysis report [--corpus PATH] [--metadata CSV] [--out DIR]``."""
import sys

from .report import main

sys.exit(main())
