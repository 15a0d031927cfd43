// each combination's build ran every test (the versions' check, the application's, the test kit's)
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 13, Failures: 0, Errors: 0, Skipped: 0')
