"""``python -m analysis report [--corpus PATH] [--out DIR] ...`` and ``python -m analysis explore``."""
import sys

from .report import main

sys.exit(main())
