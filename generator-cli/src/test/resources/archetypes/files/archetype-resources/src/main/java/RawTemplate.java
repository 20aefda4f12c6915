package ${package};

// copied without rendering: ${this.stays} #if( $x ) as written #end
class RawTemplate {}
