from unvotes.cli import main

raise SystemExit(main())
