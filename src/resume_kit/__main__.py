"""``python -m resume_kit``: the same as the ``resume-kit`` command."""

from resume_kit.cli import main

if __name__ == "__main__":
    main()
