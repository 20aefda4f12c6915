// runs only with --trust
println "generated"
