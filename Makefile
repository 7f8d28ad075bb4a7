# Convenience targets; each is one of the scripts in scripts/, which do all the set-up.
.PHONY: run demo test setup bench package
run:
	scripts/run $(ARGS)
demo:
	scripts/run --demo
test:
	scripts/test $(ARGS)
setup:
	scripts/setup
bench:
	bench/run
package:
	packaging/build-linux
