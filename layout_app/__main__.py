"""`python3 -m layout_app` is `layout-app`."""
import sys

from layout_app.cli import main

sys.exit(main())
