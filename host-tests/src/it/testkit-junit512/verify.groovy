// JUnit 5.12 ran the test and got the test kit's message, not a NoClassDefFoundError
def log = new File(basedir, 'build.log').text
assert log.contains('treem-testkit needs JUnit Jupiter 5.13 or later, but junit-jupiter-params 5.12.2 runs these tests')
assert log.contains('<junit-jupiter.version>5.13.4</junit-jupiter.version>')
assert !log.contains('NoClassDefFoundError')
