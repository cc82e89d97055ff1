/**
 * The offices of the areas (县、市、省政府办公室) and what they may do below them: oversee everything under their
 * area, review the units whose reviewing area it is. Maps the unit tree onto roles, so neither knows the other.
 */
package cn.nianbao.domain.oversight;
