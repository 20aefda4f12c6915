package ${package};

class AppTest {
#if( $javaRelease != "8" )
    // Java ${javaRelease}
#end
}
