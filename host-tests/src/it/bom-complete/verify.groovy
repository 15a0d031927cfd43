// Every published module of the reactor is in the BOM (a host names it without a version), and the
// BOM names nothing that the reactor does not build. treemRoot: host-tests' scriptVariables.
def root = new File(treemRoot)
def parent = new groovy.xml.XmlSlurper().parse(new File(root, 'pom.xml'))
def published = parent.modules.module.collect { it.text() }.findAll { it != 'bom' }.collect { dir ->
  def pom = new groovy.xml.XmlSlurper().parse(new File(root, "${dir}/pom.xml"))
  pom.properties.'maven.deploy.skip'.text() == 'true' ? null : pom.artifactId.text()
}.findAll { it != null } as Set
def bom = new groovy.xml.XmlSlurper().parse(new File(root, 'bom/pom.xml'))
def named = bom.dependencyManagement.dependencies.dependency.findAll { it.groupId.text() == 'io.github.treem' }
    .collect { it.artifactId.text() } as Set
assert published.contains('treem-core') && published.contains('treem-jackson2')
assert published - named == [] as Set : "published but not in the BOM: ${published - named}"
assert named - published == [] as Set : "in the BOM but not published by the reactor: ${named - published}"
// and the consumer build imported the BOM from the artifacts just built
assert new File(basedir, 'build.log').text.contains('BUILD SUCCESS')
println "treem-bom names every published module: ${named.sort()}"
