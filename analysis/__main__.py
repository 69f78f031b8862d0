"""``python -m analysis report [--corpus PATH] [--out DIR] ...`` and ``python -m analysis explore``."""
import sys

from .report.run import main

sys.exit(main())
