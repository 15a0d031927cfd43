// the tests ran (the test kit's parameterised source included) and passed
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 12, Failures: 0, Errors: 0, Skipped: 0')
