from .cli import main

if __name__ == "__main__":  # a spawned reading process imports this module: it must not start a run
    main()
