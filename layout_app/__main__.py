"""`python3 -m layout_app` is `layout-app`."""
import sys

from layout_app.launch import main

sys.exit(main())
