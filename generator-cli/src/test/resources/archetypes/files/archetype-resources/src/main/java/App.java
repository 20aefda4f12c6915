#set( $symbol_pound = '#' )
#set( $symbol_dollar = '$' )
#set( $symbol_escape = '\' )
package ${package};

/**
 * ${appTitle}: ${symbol_dollar}{not.a.property} and ${symbol_pound}notADirective, escaped ${symbol_escape}${package}.
 */
public class App {
    static final String NAME = "${appName}";
    static final String INTERNAL = "${internalPackage}";

    public static void main(String[] args) {
#foreach( $word in ["alpha", "beta"] )
        System.out.println("${word}");
#end
    }
}
